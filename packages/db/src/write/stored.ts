import type { Queryable } from "../types.ts";

/** What identifies a stored article: its content hash, and its story hash (syndicated copies). */
export interface ArticleKeys {
  contentHash: string;
  storyHash: string | null;
}

/** A stored article found by its keys. */
export interface StoredArticle {
  id: string;
  title: string | null;
}

/**
 * The one "already stored" rule: an article is stored when one with the same content hash, or
 * the same story hash (the same story from another outlet), is; the content match wins.
 */
export async function findStored(db: Queryable, keys: ArticleKeys): Promise<StoredArticle | null> {
  const { rows } = await db.query<StoredArticle>(
    `SELECT id, title FROM articles WHERE content_hash = $1 OR story_hash = $2
     ORDER BY content_hash = $1 DESC LIMIT 1`,
    [keys.contentHash, keys.storyHash],
  );
  return rows[0] ?? null;
}

/**
 * The same rule before parsing, when only content hashes are known (a re-run skips what it
 * stored without parsing it again): the stored articles by content hash.
 */
export async function findStoredByContent(
  db: Queryable,
  contentHashes: string[],
): Promise<Map<string, StoredArticle>> {
  const { rows } = await db.query<StoredArticle & { content_hash: string }>(
    "SELECT id, title, content_hash FROM articles WHERE content_hash = ANY($1::text[])",
    [contentHashes],
  );
  return new Map(rows.map((r) => [r.content_hash, { id: r.id, title: r.title }]));
}

/** How many articles, people and quotes the database holds. */
export async function storedTotals(
  db: Queryable,
): Promise<{ articles: number; people: number; quotes: number }> {
  const { rows } = await db.query<{ articles: number; people: number; quotes: number }>(
    `SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM people) AS people,
       (SELECT count(*)::int FROM quotes) AS quotes`,
  );
  return rows[0];
}
