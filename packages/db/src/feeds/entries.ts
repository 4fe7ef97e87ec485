/** What feeds have listed (`feed_entries`) and where stored articles came from (`article_origins`). */
import type { Queryable } from "../types.ts";

/**
 * Notes the URLs a feed lists and returns those it had not listed before, in the given order.
 * One statement, so two workers polling the same feed at once never both get a URL.
 */
export async function newFeedEntries(
  db: Queryable,
  sourceId: string,
  urls: string[],
): Promise<string[]> {
  if (!urls.length) return [];
  const { rows } = await db.query<{ url: string }>(
    `INSERT INTO feed_entries (source_id, url) SELECT $1, u FROM unnest($2::text[]) AS u
     ON CONFLICT DO NOTHING RETURNING url`,
    [sourceId, [...new Set(urls)]],
  );
  const fresh = new Set(rows.map((r) => r.url));
  return [...new Set(urls)].filter((u) => fresh.has(u));
}

/** Where an article came from: the page's URL, the feed that listed it, when it was fetched. */
export interface ArticleOrigin {
  articleId: string;
  url: string;
  sourceId: string | null;
  fetchedAt: Date;
}

/** Records an article's origin (once per article and URL: a retried job adds nothing). */
export async function recordArticleOrigin(db: Queryable, origin: ArticleOrigin): Promise<void> {
  await db.query(
    `INSERT INTO article_origins (article_id, url, source_id, fetched_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING`,
    [origin.articleId, origin.url, origin.sourceId, origin.fetchedAt],
  );
}

/** The origins of an article, oldest first. */
export async function articleOrigins(db: Queryable, articleId: string): Promise<ArticleOrigin[]> {
  const { rows } = await db.query<ArticleOrigin>(
    `SELECT article_id AS "articleId", url, source_id AS "sourceId", fetched_at AS "fetchedAt"
     FROM article_origins WHERE article_id = $1 ORDER BY fetched_at`,
    [articleId],
  );
  return rows;
}

/** Each fetched URL with the number of distinct stored articles it led to. */
export async function originCounts(db: Queryable): Promise<{ url: string; articles: number }[]> {
  const { rows } = await db.query<{ url: string; articles: number }>(
    `SELECT url, count(DISTINCT article_id)::int AS articles FROM article_origins
     GROUP BY url ORDER BY url`,
  );
  return rows;
}
