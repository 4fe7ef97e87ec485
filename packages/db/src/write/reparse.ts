import type { InputFormat, ParsedArticle, ParseOptions } from "@whosaid/parser";
import type { Database } from "../types.ts";
import { articleColumns, parsedValues, upsertSource } from "./article.ts";
import { clearDerived, deleteOrphanPeople, writeDerived } from "./derived.ts";
import { parserVersion } from "./keys.ts";
import { storyHash } from "./story.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How to parse: the parser in this thread by default, or e.g. a pool of parser threads. */
export type Parse = (
  input: string,
  options: ParseOptions,
) => ParsedArticle | Promise<ParsedArticle>;

// Loaded on first use: a process that only reads (the API's main thread) never pays for the
// parser's language model and knowledge base.
const parseHere: Parse = async (input, options) =>
  (await import("@whosaid/parser")).parseArticle(input, options);

interface StoredInput {
  body: string;
  input: string | null;
  format: InputFormat;
  url: string | null;
  source: string | null;
  published_at: string | null;
}

/**
 * Parses a stored article again (after a parser upgrade) and replaces what was derived from it,
 * in one transaction. The article keeps its id and content hash, quotes keep their ids when their
 * spans are unchanged, and user corrections are applied again. Returns false when there is no such article.
 */
export async function reparseArticle(
  db: Database,
  id: string,
  parse: Parse = parseHere,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<StoredInput>(
      "SELECT body, input, format, url, source, published_at FROM articles WHERE id = $1 FOR UPDATE",
      [id],
    );
    const a = rows[0];
    if (!a) return false;
    const input = a.input ?? a.body;
    const parsed = await parse(input, {
      format: a.format,
      url: a.url,
      source: a.source,
      publishedAt: a.published_at,
    });
    const c = articleColumns(parsed, { url: a.url, source: a.source, publishedAt: a.published_at });
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

/**
 * Re-parses every article (or, with `staleOnly`, those parsed by another parser version), one
 * transaction each. Returns how many were re-parsed and the failures by article id.
 */
export async function reparseAll(
  db: Database,
  options: { staleOnly?: boolean; parse?: Parse } = {},
): Promise<{ reparsed: number; failed: { id: string; reason: string }[] }> {
  const { rows } = await db.query<{ id: string }>(
    options.staleOnly
      ? "SELECT id FROM articles WHERE parser_version <> $1 ORDER BY id"
      : "SELECT id FROM articles ORDER BY id",
    options.staleOnly ? [parserVersion()] : [],
  );
  const failed: { id: string; reason: string }[] = [];
  let reparsed = 0;
  for (const { id } of rows) {
    try {
      if (await reparseArticle(db, id, options.parse)) reparsed++;
    } catch (error) {
      failed.push({ id, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { reparsed, failed };
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
