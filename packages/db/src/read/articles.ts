/** Article listing (newest first), counts, loaders and related stories. */
import type { Queryable } from "../types.ts";
import { escapeLike } from "./filters.ts";
import { countListing, type Listing, listPage } from "./listing.ts";
import {
  ARTICLE_BODY_COLUMNS,
  ARTICLE_COLUMNS,
  type ArticleBodyRow,
  type ArticleRow,
} from "./rows.ts";
import { byIds, isUuid, type Params } from "./sql.ts";
import { topicSubtreeIds } from "./topic-tree.ts";

/** Ways to narrow the article list; lists mean "any of". */
export interface ArticleFilter {
  /** Case-insensitive words of the title. */
  search?: string | null;
  source?: string[] | null;
  /** Articles in which one of these people appears. */
  personId?: string[] | null;
  /** IPTC ids or labels. */
  topic?: string[] | null;
  placeId?: string[] | null;
  from?: string | null;
  to?: string | null;
}

function articleConditions(filter: ArticleFilter | null | undefined, params: Params): string[] {
  const f = filter ?? {};
  const c: string[] = [];
  if (f.search?.trim()) c.push(`a.title ILIKE ${params.add(`%${escapeLike(f.search.trim())}%`)}`);
  if (f.source?.length) {
    c.push(
      `lower(a.source) = ANY(${params.add(f.source.map((s) => s.trim().toLowerCase()))}::text[])`,
    );
  }
  if (f.personId?.length) {
    c.push(`EXISTS (SELECT 1 FROM article_people ap WHERE ap.article_id = a.id
      AND ap.person_id = ANY(${params.add(f.personId.filter(isUuid))}::uuid[]))`);
  }
  if (f.topic?.length) {
    c.push(`EXISTS (SELECT 1 FROM article_topics at
      WHERE at.article_id = a.id AND at.topic_id = ANY(${topicSubtreeIds(f.topic, params)}))`);
  }
  if (f.placeId?.length) {
    c.push(`EXISTS (SELECT 1 FROM article_places apl WHERE apl.article_id = a.id
      AND apl.place_id = ANY(${params.add(f.placeId.filter(isUuid))}::uuid[]))`);
  }
  if (f.from) c.push(`a.published_at >= ${params.add(f.from)}::date`);
  if (f.to) c.push(`a.published_at <= ${params.add(f.to)}::date`);
  return c;
}

function articleListing(filter: ArticleFilter | null | undefined): Listing {
  return { from: "articles a", conditions: (params) => articleConditions(filter, params) };
}

/** One page of articles, newest first (by publication date, then ingestion time). */
export async function listArticles(
  db: Queryable,
  filter: ArticleFilter | null | undefined,
  page: { offset: number; limit: number },
): Promise<ArticleRow[]> {
  const order = "a.published_at DESC NULLS LAST, a.ingested_at DESC, a.id";
  return listPage<ArticleRow>(db, articleListing(filter), ARTICLE_COLUMNS, order, page);
}

/** How many articles match a filter. */
export async function countArticles(
  db: Queryable,
  filter: ArticleFilter | null | undefined,
): Promise<number> {
  return countListing(db, articleListing(filter));
}

/** Articles by id, in the order asked (null for unknown ids). */
export async function articlesByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<(ArticleRow | null)[]> {
  const { rows } = await db.query<ArticleRow>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ANY($1::uuid[])`,
    [ids.filter(isUuid)],
  );
  return byIds(ids, rows);
}

/** Article texts and structure by id, in the order asked. */
export async function articleBodiesByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<(ArticleBodyRow | null)[]> {
  const { rows } = await db.query<ArticleBodyRow>(
    `SELECT ${ARTICLE_BODY_COLUMNS} FROM articles a WHERE a.id = ANY($1::uuid[])`,
    [ids.filter(isUuid)],
  );
  return byIds(ids, rows);
}

/**
 * Other articles about the same story: ranked by shared people (weight 2) and shared topics, then
 * by closeness in date.
 */
export async function relatedArticleIds(
  db: Queryable,
  articleId: string,
  limit: number,
): Promise<string[]> {
  if (!isUuid(articleId)) return [];
  const { rows } = await db.query<{ id: string }>(
    `WITH shared AS (
       SELECT ap2.article_id AS id, 2 AS w FROM article_people ap1
       JOIN article_people ap2 ON ap2.person_id = ap1.person_id AND ap2.article_id <> ap1.article_id
       WHERE ap1.article_id = $1
       UNION ALL
       SELECT at2.article_id, 1 FROM article_topics at1
       JOIN article_topics at2 ON at2.topic_id = at1.topic_id AND at2.article_id <> at1.article_id
       WHERE at1.article_id = $1)
     SELECT s.id FROM shared s JOIN articles a ON a.id = s.id
     GROUP BY s.id, a.published_at
     ORDER BY sum(s.w) DESC, abs(coalesce(a.published_at - (SELECT published_at FROM articles WHERE id = $1), 0)), s.id
     LIMIT $2`,
    [articleId, limit],
  );
  return rows.map((r) => r.id);
}
