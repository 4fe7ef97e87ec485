/** IPTC topics: loaders for quotes and articles, the tree, listing and counts. */
import type { Queryable } from "../types.ts";
import { escapeLike } from "./filters.ts";
import { countListing, type Listing, listPage } from "./listing.ts";
import { type CountRow, type ScoredTopicRow, TOPIC_COLUMNS, type TopicRow } from "./rows.ts";
import { byIds, groupBy, isUuid, type Params, statsByIds } from "./sql.ts";
import { subtreeOfColumn } from "./topic-tree.ts";

/** Topics by IPTC id, in the order asked. */
export async function topicsByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<(TopicRow | null)[]> {
  const { rows } = await db.query<TopicRow>(
    `SELECT ${TOPIC_COLUMNS} FROM topics t WHERE t.id = ANY($1::text[])`,
    [[...ids]],
  );
  return byIds(ids, rows);
}

/** A topic by IPTC id or exact label (case-insensitive). */
export async function findTopic(db: Queryable, idOrLabel: string): Promise<TopicRow | null> {
  const { rows } = await db.query<TopicRow>(
    `SELECT ${TOPIC_COLUMNS} FROM topics t WHERE t.id = $1 OR lower(t.label) = lower($1) ORDER BY t.id = $1 DESC LIMIT 1`,
    [idOrLabel.trim()],
  );
  return rows[0] ?? null;
}

/** Runs a scored-topics query over owner ids (quotes or articles) and groups it per owner. */
async function scoredTopicsByOwner(
  db: Queryable,
  sql: string,
  ownerIds: readonly string[],
): Promise<ScoredTopicRow[][]> {
  const { rows } = await db.query<ScoredTopicRow>(sql, [ownerIds.filter(isUuid)]);
  return groupBy(ownerIds, rows, (r) => r.ownerId);
}

/** The topics of each quote, best first. */
export async function topicsByQuoteIds(
  db: Queryable,
  quoteIds: readonly string[],
): Promise<ScoredTopicRow[][]> {
  return scoredTopicsByOwner(
    db,
    `SELECT ${TOPIC_COLUMNS}, qt.quote_id AS "ownerId", qt.score FROM quote_topics qt JOIN topics t ON t.id = qt.topic_id
     WHERE qt.quote_id = ANY($1::uuid[]) ORDER BY qt.quote_id, qt.score DESC, t.id`,
    quoteIds,
  );
}

/** The topics of each article, best first. */
export async function topicsByArticleIds(
  db: Queryable,
  articleIds: readonly string[],
): Promise<ScoredTopicRow[][]> {
  return scoredTopicsByOwner(
    db,
    `SELECT ${TOPIC_COLUMNS}, at.article_id AS "ownerId", at.score FROM article_topics at JOIN topics t ON t.id = at.topic_id
     WHERE at.article_id = ANY($1::uuid[]) ORDER BY at.article_id, at.score DESC, t.id`,
    articleIds,
  );
}

/** The direct children of each topic. */
export async function childTopics(
  db: Queryable,
  parentIds: readonly string[],
): Promise<TopicRow[][]> {
  const { rows } = await db.query<TopicRow>(
    `SELECT ${TOPIC_COLUMNS} FROM topics t WHERE t.parent_id = ANY($1::text[]) ORDER BY t.parent_id, t.label`,
    [[...parentIds]],
  );
  return groupBy(parentIds, rows, (r) => r.parentId ?? "");
}

/** Ways to narrow the topic list. */
export interface TopicFilter {
  search?: string | null;
  /** Children of this IPTC id; "" or null for top-level topics only when `topLevel`. */
  parentId?: string | null;
  topLevel?: boolean | null;
  /** Only topics that some quote or article carries. */
  used?: boolean | null;
}

function topicConditions(filter: TopicFilter | null | undefined, params: Params): string[] {
  const f = filter ?? {};
  const c: string[] = [];
  if (f.search?.trim()) c.push(`t.label ILIKE ${params.add(`%${escapeLike(f.search.trim())}%`)}`);
  if (f.parentId) c.push(`t.parent_id = ${params.add(f.parentId)}`);
  if (f.topLevel) c.push("t.parent_id IS NULL");
  if (f.used) {
    // A topic is in use when it or a subtopic is carried (its filter then matches something).
    c.push(`t.id IN (WITH RECURSIVE up(id) AS (
        SELECT topic_id FROM quote_topics UNION SELECT topic_id FROM article_topics
        UNION SELECT p.parent_id FROM topics p JOIN up ON p.id = up.id WHERE p.parent_id IS NOT NULL)
      SELECT id FROM up)`);
  }
  return c;
}

function topicListing(filter: TopicFilter | null | undefined): Listing {
  return { from: "topics t", conditions: (params) => topicConditions(filter, params) };
}

/** One page of topics, by label. */
export async function listTopics(
  db: Queryable,
  filter: TopicFilter | null | undefined,
  page: { offset: number; limit: number },
): Promise<TopicRow[]> {
  return listPage<TopicRow>(db, topicListing(filter), TOPIC_COLUMNS, "t.label, t.id", page);
}

/** How many topics match a filter. */
export async function countTopics(
  db: Queryable,
  filter: TopicFilter | null | undefined,
): Promise<number> {
  return countListing(db, topicListing(filter));
}

/** Quotes and articles carrying each topic or one of its subtopics (each counted once). */
export async function statsByTopicIds(
  db: Queryable,
  ids: readonly string[],
): Promise<{ quotes: number; articles: number }[]> {
  return statsByIds(
    db,
    `SELECT ask.id,
       (SELECT count(DISTINCT qt.quote_id)::int FROM quote_topics qt
         WHERE qt.topic_id = ANY(${subtreeOfColumn("ask.id")})) AS quotes,
       (SELECT count(DISTINCT at.article_id)::int FROM article_topics at
         WHERE at.topic_id = ANY(${subtreeOfColumn("ask.id")})) AS articles
     FROM unnest($1::text[]) AS ask(id)`,
    [[...ids]],
    ids,
  );
}

/** What a person speaks about: topics of their quotes, with counts. */
export async function topicCountsByPerson(
  db: Queryable,
  personId: string,
  limit: number,
): Promise<CountRow[]> {
  if (!isUuid(personId)) return [];
  const { rows } = await db.query<CountRow>(
    `SELECT qt.topic_id AS value, count(*)::int AS count FROM quotes q JOIN quote_topics qt ON qt.quote_id = q.id
     WHERE q.speaker_id = $1 GROUP BY qt.topic_id ORDER BY count DESC, qt.topic_id LIMIT $2`,
    [personId, limit],
  );
  return rows;
}
