/**
 * Building benchmark archives in bulk with SQL: copies of ingested articles (new ids and content
 * hashes, dates spread over ~3 years) until the database holds N, with the secondary indexes
 * dropped meanwhile; and the counts and checks the benchmark suites report. Not for serving.
 */
import type { Database, Queryable } from "../types.ts";

/** Copies the stored articles (with people links, quotes and topics) until there are `target`. */
export async function copyToSize(
  db: Database,
  target: number,
  batch = 2000,
  onProgress?: (stored: number) => void,
  options: { bulk?: boolean; seed?: number; fromSnapshot?: boolean } = {},
): Promise<number> {
  const count = () => rowCount(db, "articles");
  // With `fromSnapshot`, the originals are read from the copy_src_ tables (snapshotCopySources):
  // without the secondary indexes, finding them among millions of copies scanned every quote for
  // every batch, and the build slowed as it grew.
  const src = options.fromSnapshot ? "copy_src_" : "";
  // The originals are the articles ingested for real: copies of copies would only add dates.
  const { rows: originals } = await db.query<{ id: string }>(
    `SELECT id FROM ${src}articles WHERE content_hash NOT LIKE '%-copy-%' ORDER BY id`,
  );
  let n = await count();
  // Builders running side by side pass different seeds, so that their copies get other dates.
  let round = Math.ceil(n / batch) + (options.seed ?? 0);
  while (n < target) {
    const copies = Math.min(batch, target - n);
    round++;
    await db.transaction(async (tx) => {
      // A bulk build (superuser only) skips the per-row foreign-key checks: every copied row
      // points at a row copied in the same statement, so the checks could only pass. Counters the
      // triggers keep are rebuilt by the caller afterwards (see rebuildQuoteCounts).
      if (options.bulk) await tx.query("SET LOCAL session_replication_role = replica");
      await tx.query("SET LOCAL synchronous_commit = off");
      await tx.query(
        `CREATE TEMP TABLE copy_map ON COMMIT DROP AS
        SELECT o.id AS src, gen_random_uuid() AS dst, g AS k
        FROM generate_series(0, $1 - 1) g JOIN unnest($2::uuid[]) WITH ORDINALITY o(id, i) ON o.i = g % $3 + 1`,
        [copies, originals.map((o) => o.id), originals.length],
      );
      // Each copy is dated up to ~3 years earlier, so that date order and filters mean something.
      const shift = `((m.k * 7919 + ${round * 104729}) % 1100)`;
      await tx.query(`INSERT INTO articles (id, content_hash, url, source, source_id, title, published_at, authors,
          read_time, language, format, body, paragraphs, captions, related_stories, footer, warnings, parsed,
          parser_version, schema_version)
        SELECT m.dst, a.content_hash || '-copy-' || m.dst, a.url, a.source, a.source_id, a.title,
          a.published_at - ${shift}::int, a.authors, a.read_time, a.language, a.format, a.body, a.paragraphs,
          a.captions, a.related_stories, a.footer, a.warnings, '{}'::jsonb, a.parser_version, a.schema_version
        FROM copy_map m JOIN ${src}articles a ON a.id = m.src`);
      await tx.query(`INSERT INTO article_people (article_id, local_id, person_id, name, role, organization, country,
          category, is_official, mention_count)
        SELECT m.dst, ap.local_id, ap.person_id, ap.name, ap.role, ap.organization, ap.country, ap.category,
          ap.is_official, ap.mention_count FROM copy_map m JOIN ${src}article_people ap ON ap.article_id = m.src`);
      await tx.query(`INSERT INTO quotes (id, article_id, statement_id, local_id, text, start_offset, end_offset, kind,
          speaker_id, speaker_label, speaker_country, speaker_mention, cue, cue_lemma, channel, stated_at, paragraph)
        SELECT md5(m.dst::text || q.id::text)::uuid, m.dst,
          md5(m.dst::text || q.statement_id::text)::uuid, q.local_id, q.text, q.start_offset,
          q.end_offset, q.kind, q.speaker_id, q.speaker_label, q.speaker_country, q.speaker_mention, q.cue,
          q.cue_lemma, q.channel, q.stated_at - ${shift}::int, q.paragraph
        FROM copy_map m JOIN ${src}quotes q ON q.article_id = m.src`);
      await tx.query(`INSERT INTO quote_topics (quote_id, topic_id, score)
        SELECT md5(m.dst::text || qt.quote_id::text)::uuid, qt.topic_id, qt.score
        FROM copy_map m JOIN ${src}quotes q ON q.article_id = m.src JOIN ${src}quote_topics qt ON qt.quote_id = q.id`);
      await tx.query(`INSERT INTO article_topics (article_id, topic_id, score)
        SELECT m.dst, at.topic_id, at.score FROM copy_map m JOIN ${src}article_topics at ON at.article_id = m.src`);
    });
    // Counting a million rows after every batch would cost more than the batch itself.
    n += copies;
    onProgress?.(n);
  }
  await db.query("ANALYZE");
  return n;
}

const SNAPSHOT = ["articles", "article_people", "quotes", "quote_topics", "article_topics"];

/**
 * Copies the originals (the articles ingested for real) and their rows into unlogged copy_src_
 * tables, for `copyToSize(…, { fromSnapshot: true })`; `dropCopySources` removes them.
 */
export async function snapshotCopySources(db: Database): Promise<void> {
  await dropCopySources(db);
  await db.query(`CREATE UNLOGGED TABLE copy_src_articles AS
    SELECT * FROM articles WHERE content_hash NOT LIKE '%-copy-%'`);
  const of = (table: string, on: string) =>
    db.query(`CREATE UNLOGGED TABLE copy_src_${table} AS SELECT t.* FROM ${table} t WHERE ${on}`);
  await of("article_people", "t.article_id IN (SELECT id FROM copy_src_articles)");
  await of("quotes", "t.article_id IN (SELECT id FROM copy_src_articles)");
  await of("quote_topics", "t.quote_id IN (SELECT id FROM copy_src_quotes)");
  await of("article_topics", "t.article_id IN (SELECT id FROM copy_src_articles)");
  for (const t of SNAPSHOT) await db.query(`ANALYZE copy_src_${t}`);
}

/** Removes the tables of {@link snapshotCopySources}. */
export async function dropCopySources(db: Database): Promise<void> {
  for (const t of SNAPSHOT) await db.query(`DROP TABLE IF EXISTS copy_src_${t}`);
}

/**
 * Runs a bulk build with the non-unique indexes of the copied tables dropped, then creates them
 * again: building an index once over millions of rows is many times faster than keeping it up to
 * date row by row (the usual way to bulk-load PostgreSQL).
 */
export async function withoutSecondaryIndexes<T>(
  db: Database,
  build: () => Promise<T>,
): Promise<T> {
  const { rows } = await db.query<{ name: string; def: string }>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
     WHERE NOT i.indisunique AND NOT i.indisprimary AND t.relname = ANY($1::text[])
       AND t.relnamespace = 'public'::regnamespace`,
    [["articles", "quotes", "quote_topics", "article_topics", "article_people"]],
  );
  for (const r of rows) await db.query(`DROP INDEX IF EXISTS "${r.name}"`);
  try {
    return await build();
  } finally {
    for (const r of rows) await db.query(r.def);
    await db.query("ANALYZE");
  }
}

const COUNTED = new Set(["articles", "people", "quotes", "statements", "sources", "topics"]);

/** How many rows a table of the archive holds. */
export async function rowCount(db: Queryable, table: string): Promise<number> {
  if (!COUNTED.has(table)) throw new Error(`rowCount: not a counted table: ${table}`);
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0].n;
}

/** True when the connection's role is a superuser (a bulk build may then skip FK checks). */
export async function isSuperuser(db: Database): Promise<boolean> {
  if (db.kind !== "postgres") return false;
  const { rows } = await db.query<{ su: boolean }>(
    "SELECT rolsuper AS su FROM pg_roles WHERE rolname = current_user",
  );
  return rows[0]?.su === true;
}

/** Reclaims space and refreshes the planner's statistics after a bulk build. */
export async function vacuumAnalyze(db: Database): Promise<void> {
  await db.query("VACUUM ANALYZE");
}

/** The person quoted most often (for benchmark queries about one person), if any. */
export async function mostQuotedPersonId(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    "SELECT person_id AS id FROM person_quote_counts GROUP BY 1 ORDER BY sum(n) DESC LIMIT 1",
  );
  return rows[0]?.id ?? null;
}

/**
 * How often each load marker ("Load marker <id>.", a line the load benchmarks add to every
 * article they send) is stored: a marker missing or counted twice is a lost or doubled write.
 */
export async function storedMarkers(db: Queryable): Promise<Map<string, number>> {
  const { rows } = await db.query<{ marker: string; n: number }>(
    `SELECT substring(body from 'Load marker ([a-z0-9]+)\\.') AS marker, count(*)::int AS n
     FROM articles WHERE body LIKE '%Load marker %' GROUP BY 1`,
  );
  return new Map(rows.map((r) => [r.marker, r.n]));
}

/**
 * The process ids of the server's connections to this database (for the CPU time a benchmark's
 * queries cost the server, read from /proc when the server runs on the same machine).
 */
export async function serverProcessIds(db: Queryable): Promise<number[]> {
  const { rows } = await db.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity
     WHERE datname = current_database() AND backend_type = 'client backend'`,
  );
  return rows.map((r) => r.pid);
}

/**
 * Sets how new articles of a kept archive get their ids (a benchmark's before and after, in one
 * run): random (v4, as before migration 120) or time-ordered (v7, migration 120's default).
 * Quote and statement ids follow the article's (src/write/keys.ts).
 */
export async function setArticleIds(db: Database, ids: "random" | "time-ordered"): Promise<void> {
  const fn = ids === "random" ? "gen_random_uuid()" : "time_ordered_uuid()";
  await db.query(`ALTER TABLE articles ALTER COLUMN id SET DEFAULT ${fn}`);
}
