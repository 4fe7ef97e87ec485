import type { ParsedArticle, ParseOptions } from "@whosaid/parser";
import { isTransactionConflict } from "../errors.ts";
import type { Database } from "../types.ts";
import { articleColumns, parsedValues, upsertSource } from "./article.ts";
import { clearDerived, deleteOrphanPeople, writeDerived } from "./derived.ts";
import { parserVersion } from "./keys.ts";
import { storyHash } from "./story.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a stored article was parsed from, and the options to parse it again with. */
export interface StoredInput {
  input: string;
  options: ParseOptions;
}

/** The ids of the articles to re-parse: all, or (`staleOnly`) those of another parser version. */
export async function articlesToReparse(
  db: Database,
  options: { staleOnly?: boolean } = {},
): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    options.staleOnly
      ? "SELECT id FROM articles WHERE parser_version <> $1 ORDER BY id"
      : "SELECT id FROM articles ORDER BY id",
    options.staleOnly ? [parserVersion()] : [],
  );
  return rows.map((r) => r.id);
}

/** The input a stored article was parsed from (the raw HTML, else its text), or null if none. */
export async function storedInput(db: Database, id: string): Promise<StoredInput | null> {
  if (!UUID.test(id)) return null;
  const { rows } = await db.query<{
    body: string;
    input: string | null;
    format: ParseOptions["format"];
    url: string | null;
    source: string | null;
    published_at: string | null;
  }>("SELECT body, input, format, url, source, published_at FROM articles WHERE id = $1", [id]);
  const a = rows[0];
  if (!a) return null;
  return {
    input: a.input ?? a.body,
    options: { format: a.format, url: a.url, source: a.source, publishedAt: a.published_at },
  };
}

/**
 * Replaces what was derived from a stored article by a new parse of it (after a parser upgrade),
 * in one short transaction: parse first (off the database, see @whosaid/ingest), then store. The
 * article keeps its id and content hash, quotes keep their ids when their spans are unchanged, and
 * user corrections are applied again. Returns false when there is no such article (any more).
 */
export async function storeReparse(
  db: Database,
  id: string,
  parsed: ParsedArticle,
): Promise<boolean> {
  if (!UUID.test(id)) return false;
  // Re-parses run side by side and share people rows: PostgreSQL may end one of two of them as a
  // deadlock (seen in reparseAll of the samples); it rolled back whole, so it is run again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await storeReparseOnce(db, id, parsed);
    } catch (error) {
      if (attempt >= 4 || !isTransactionConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt * Math.random()));
    }
  }
}

async function storeReparseOnce(db: Database, id: string, parsed: ParsedArticle): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{
      url: string | null;
      source: string | null;
      published_at: string | null;
    }>("SELECT url, source, published_at FROM articles WHERE id = $1 FOR UPDATE", [id]);
    const a = rows[0];
    if (!a) return false;
    const c = await articleColumns(parsed, {
      url: a.url,
      source: a.source,
      publishedAt: a.published_at,
    });
    const sourceId = await upsertSource(tx, c.source);
    await tx.query(
      `UPDATE articles SET source = $2, source_id = $3, title = $4, published_at = $5, authors = $6,
         read_time = $7, language = $8, body = $9, paragraphs = $10, captions = $11, related_stories = $12,
         footer = $13, warnings = $14, parsed = $15, parser_version = $16, schema_version = $17, agencies = $18,
         parsed_at = now(),
         -- Kept as it was when another article already holds the new fingerprint (both stored
         -- before fingerprints existed): the unique index stays whole, the re-parse succeeds.
         story_hash = CASE WHEN EXISTS (SELECT 1 FROM articles o WHERE o.story_hash = $19 AND o.id <> $1)
                      THEN story_hash ELSE $19 END
       WHERE id = $1`,
      [id, ...parsedValues(parsed, c, sourceId), storyHash(parsed)],
    );
    const before = await clearDerived(tx, id);
    await writeDerived(tx, id, c.publishedAt, parsed, { newArticle: false });
    await deleteOrphanPeople(tx, before);
    return true;
  });
}

/** Deletes an article with everything derived from it, and the people only it referred to. */
export async function deleteArticle(db: Database, id: string): Promise<boolean> {
  if (!UUID.test(id)) return false;
  return db.transaction(async (tx) => {
    const before = await clearDerived(tx, id);
    const { rows } = await tx.query("DELETE FROM articles WHERE id = $1 RETURNING id", [id]);
    await deleteOrphanPeople(tx, before);
    return rows.length > 0;
  });
}
