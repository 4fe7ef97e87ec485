import type { ParsedArticle } from "@whosaid/parser";
import type { Database, Queryable } from "../types.ts";
import {
  type ArticleMeta,
  insertArticle,
  type PreparedArticle,
  prepareArticle,
} from "./article.ts";
import { writeDerived } from "./derived.ts";
import { findStored } from "./stored.ts";
import { forgetTxState } from "./tx-state.ts";
import { checkArticleUrl } from "./web-url.ts";

/** The outcome of storing one article. */
export interface IngestResult {
  id: string;
  /** False when an article with the same content was already stored (nothing was written). */
  created: boolean;
  title: string | null;
  /** Distinct people and quotes stored for the article (0 when not created). */
  people: number;
  quotes: number;
}

/** Writes one prepared article and everything derived from it inside an open transaction. */
async function storePrepared(tx: Queryable, article: PreparedArticle): Promise<IngestResult> {
  const { id, created } = await insertArticle(tx, article);
  const title = article.parsed.article.title;
  if (!created) return { id, created, title, people: 0, quotes: 0 };
  const publishedAt = article.columns.publishedAt;
  const counts = await writeDerived(tx, id, publishedAt, article.parsed, { newArticle: true });
  return { id, created, title, ...counts };
}

/**
 * Stores a parsed article: all its writes in one transaction, idempotent on content (storing the
 * same text again, or the same story from another outlet, returns the stored article with
 * `created: false`). Pass `meta.input` with the raw HTML for HTML articles, so that the hash and
 * re-parsing use the original page.
 */
export async function ingestParsedArticle(
  db: Database,
  parsed: ParsedArticle,
  meta: ArticleMeta = {},
): Promise<IngestResult> {
  checkArticleUrl(meta.url);
  const article = await prepareArticle(parsed, meta);
  const stored = await findStored(db, article.keys);
  if (stored) return { ...stored, created: false, people: 0, quotes: 0 };
  return db.transaction((tx) => storePrepared(tx, article));
}

/** One article of a batch: its parse result and metadata, or null for its failure. */
export interface BatchItem {
  parsed: ParsedArticle;
  meta?: ArticleMeta;
}

/**
 * Stores each article of a batch in its own savepoint inside one transaction: a failing article is
 * rolled back alone and comes back as an Error in its slot. The slow path of {@link ingestBatch}.
 */
export async function ingestEach(
  db: Database,
  items: BatchItem[],
): Promise<(IngestResult | Error)[]> {
  return db.transaction(async (tx) => {
    const results: (IngestResult | Error)[] = [];
    for (const item of items) {
      await tx.query("SAVEPOINT article");
      try {
        const meta = item.meta ?? {};
        checkArticleUrl(meta.url);
        results.push(await storePrepared(tx, await prepareArticle(item.parsed, meta)));
        await tx.query("RELEASE SAVEPOINT article");
      } catch (error) {
        await tx.query("ROLLBACK TO SAVEPOINT article");
        forgetTxState(tx);
        results.push(error instanceof Error ? error : new Error(String(error)));
      }
    }
    return results;
  });
}
