import {
  type ArticleKeys,
  articleKeys,
  type Database,
  findStored,
  type IngestResult,
  ingestParsedArticle,
  type StoredArticle,
} from "@whosaid/db";
import type { ParsedArticle } from "@whosaid/parser";
import { type ParseOutcome, refusal } from "../parse/outcome.ts";
import type { ParserPool } from "../parse/pool.ts";
import { articleMeta, keptInput, parseJobOf, type SourceArticle } from "../sources/item.ts";

/** A refusal of the pool or the parser (see ParseFailureCode). */
export type Refusal = Extract<ParseOutcome, { ok: false }>;

/**
 * Parses one article on the pool and stores it (idempotent: the same content or story again
 * returns the stored article, `created: false`). Aborting `signal` refuses it as
 * `PARSE_ABORTED`, also after the parse: a caller that gave up never finds it stored later.
 */
export async function ingestArticle(
  db: Database,
  pool: ParserPool,
  article: SourceArticle,
  options: { signal?: AbortSignal } = {},
): Promise<{ ok: true; result: IngestResult; parsed: ParsedArticle } | Refusal> {
  const outcome = await pool.parse(parseJobOf(article), options);
  if (!outcome.ok) return outcome;
  if (options.signal?.aborted)
    return refusal("PARSE_ABORTED", "The request was cancelled.") as Refusal;
  const result = await ingestParsedArticle(
    db,
    outcome.parsed,
    articleMeta(article, outcome.parsed),
  );
  return { ok: true, result, parsed: outcome.parsed };
}

/** What ingesting an article would store, and the stored article it would be found as. */
export interface Preview {
  parsed: ParsedArticle;
  keys: ArticleKeys;
}

/** Parses one article on the pool without storing it; its keys find it if already stored. */
export async function previewArticle(
  pool: ParserPool,
  article: SourceArticle,
  options: { signal?: AbortSignal } = {},
): Promise<{ ok: true; preview: Preview } | Refusal> {
  const outcome = await pool.parse(parseJobOf(article), options);
  if (!outcome.ok) return outcome;
  const keys = articleKeys(outcome.parsed, keptInput(article, outcome.parsed));
  return { ok: true, preview: { parsed: outcome.parsed, keys } };
}

/** The stored article a preview would be found as (same content, or same story), if any. */
export function storedFor(db: Database, preview: Preview): Promise<StoredArticle | null> {
  return findStored(db, preview.keys);
}
