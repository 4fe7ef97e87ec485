import type { ParsedArticle } from "@whosaid/parser";
import type { Database, Queryable } from "../types.ts";
import { type ArticleMeta, articleColumns, articleHash, insertArticle } from "./article.ts";
import { writeDerived } from "./derived.ts";
import { storyHash } from "./story.ts";
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

/** Writes one article and everything derived from it inside an open transaction. */
export async function ingestInTransaction(
  tx: Queryable,
  parsed: ParsedArticle,
  meta: ArticleMeta = {},
): Promise<IngestResult> {
  checkArticleUrl(meta.url);
  const { id, created } = await insertArticle(tx, parsed, meta);
  const title = parsed.article.title;
  if (!created) return { id, created, title, people: 0, quotes: 0 };
  const counts = await writeDerived(tx, id, articleColumns(parsed, meta).publishedAt, parsed, {
    newArticle: true,
  });
  return { id, created, title, ...counts };
}

async function existing(
  db: Queryable,
  parsed: ParsedArticle,
  meta: ArticleMeta,
): Promise<IngestResult | null> {
  const { rows } = await db.query<{ id: string; title: string | null }>(
    `SELECT id, title FROM articles WHERE content_hash = $1 OR story_hash = $2
     ORDER BY content_hash = $1 DESC LIMIT 1`,
    [articleHash(parsed, meta), storyHash(parsed)],
  );
  return rows[0]
    ? { id: rows[0].id, created: false, title: rows[0].title, people: 0, quotes: 0 }
    : null;
}

/**
 * Stores a parsed article: all its writes in one transaction, idempotent on content (storing the
 * same text again returns the existing article with `created: false`). Pass `meta.input` with the
 * raw HTML for HTML articles, so that the hash and re-parsing use the original page.
 */
export async function ingestParsedArticle(
  db: Database,
  parsed: ParsedArticle,
  meta: ArticleMeta = {},
): Promise<IngestResult> {
  checkArticleUrl(meta.url);
  return (
    (await existing(db, parsed, meta)) ??
    db.transaction((tx) => ingestInTransaction(tx, parsed, meta))
  );
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
        results.push(await ingestInTransaction(tx, item.parsed, item.meta ?? {}));
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
