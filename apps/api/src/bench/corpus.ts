/**
 * A benchmark archive: the bundled samples parsed and ingested for real, then copied in bulk
 * with SQL (new ids and content hashes, dates spread over ~3 years) until it holds N articles.
 * Parsing 20,000 articles would take most of an hour here; copying ingested rows takes seconds
 * and gives the same shapes of data (shared people across articles, quotes, topics).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Database, ingestParsedArticle, repoRoot } from "@whosaid/db";
import { parseArticle } from "@whosaid/parser";

/** A sample article as the samples folder ships it. */
export interface SampleArticle {
  id: string;
  text: string;
  url?: string;
  publishedAt?: string;
}

/** The reference article and the Wikinews samples. */
export function loadSamples(): SampleArticle[] {
  const dir = join(repoRoot, "samples");
  const wikinews = readFileSync(join(dir, "wikinews.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SampleArticle);
  const reference = {
    id: "kherson",
    text: readFileSync(join(dir, "articles/nbc-ukraine-kherson.txt"), "utf8"),
  };
  return [reference, ...wikinews];
}

/** Ingests `count` samples through the real parser; returns how many were stored. */
export async function ingestSamples(db: Database, samples: SampleArticle[]): Promise<number> {
  let stored = 0;
  for (const s of samples) {
    try {
      const parsed = parseArticle(s.text, {
        format: "text",
        url: s.url ?? null,
        publishedAt: s.publishedAt ?? null,
      });
      if (
        (
          await ingestParsedArticle(db, parsed, {
            url: s.url ?? null,
            publishedAt: s.publishedAt ?? null,
          })
        ).created
      ) {
        stored++;
      }
    } catch {
      // a sample the parser refuses is simply not part of the archive
    }
  }
  return stored;
}

/** Copies the stored articles (with people links, quotes and topics) until there are `target`. */
export async function copyToSize(
  db: Database,
  target: number,
  batch = 2000,
  onProgress?: (stored: number) => void,
  options: { bulk?: boolean; seed?: number } = {},
): Promise<number> {
  const count = async () =>
    (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles")).rows[0].n;
  // The originals are the articles ingested for real: copies of copies would only add dates.
  const { rows: originals } = await db.query<{ id: string }>(
    "SELECT id FROM articles WHERE content_hash NOT LIKE '%-copy-%' ORDER BY id",
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
        FROM copy_map m JOIN articles a ON a.id = m.src`);
      await tx.query(`INSERT INTO article_people (article_id, local_id, person_id, name, role, organization, country,
          category, is_official, mention_count)
        SELECT m.dst, ap.local_id, ap.person_id, ap.name, ap.role, ap.organization, ap.country, ap.category,
          ap.is_official, ap.mention_count FROM copy_map m JOIN article_people ap ON ap.article_id = m.src`);
      await tx.query(`INSERT INTO quotes (id, article_id, statement_id, local_id, text, start_offset, end_offset, kind,
          speaker_id, speaker_label, speaker_country, speaker_mention, cue, cue_lemma, channel, stated_at, paragraph)
        SELECT md5(m.dst::text || q.id::text)::uuid, m.dst,
          md5(m.dst::text || q.statement_id::text)::uuid, q.local_id, q.text, q.start_offset,
          q.end_offset, q.kind, q.speaker_id, q.speaker_label, q.speaker_country, q.speaker_mention, q.cue,
          q.cue_lemma, q.channel, q.stated_at - ${shift}::int, q.paragraph
        FROM copy_map m JOIN quotes q ON q.article_id = m.src`);
      await tx.query(`INSERT INTO quote_topics (quote_id, topic_id, score)
        SELECT md5(m.dst::text || qt.quote_id::text)::uuid, qt.topic_id, qt.score
        FROM copy_map m JOIN quotes q ON q.article_id = m.src JOIN quote_topics qt ON qt.quote_id = q.id`);
      await tx.query(`INSERT INTO article_topics (article_id, topic_id, score)
        SELECT m.dst, at.topic_id, at.score FROM copy_map m JOIN article_topics at ON at.article_id = m.src`);
    });
    // Counting a million rows after every batch would cost more than the batch itself.
    n += copies;
    onProgress?.(n);
  }
  await db.query("ANALYZE");
  return n;
}

/**
 * The sample with `line` added as a paragraph of its body (after the first long paragraph), so
 * that each copy is a distinct story: a line added after the footer would make a syndicated copy
 * of the same story, which the database stores once.
 */
export function distinctCopy(text: string, line: string): string {
  const blocks = text.split(/\n\s*\n/);
  const at = blocks.findIndex((b, i) => i > 0 && b.trim().length >= 120);
  blocks.splice(at > 0 ? at + 1 : blocks.length, 0, line);
  return blocks.join("\n\n");
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
