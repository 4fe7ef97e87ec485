import type { ParsedArticle } from "@whosaid/parser";
import type { Queryable } from "../types.ts";
import { nameKey } from "./keys.ts";

// Shared rows (topics, places) are inserted with DO NOTHING rather than upserted: an upsert would
// lock them until commit and make concurrent ingests wait on each other.

/** Topic and place rows of one or more articles, gathered for a few multi-row statements. */
export interface TopicRows {
  /** Topic id → label and path; the first label, and the first non-empty path, win. */
  topics: Map<string, { label: string; path: string[] }>;
  articleTopics: { article: string[]; topic: string[]; score: number[] };
  /** Place key (name key | kind | country) → the place. */
  places: Map<string, { name: string; key: string; kind: string; country: string | null }>;
  articlePlaces: {
    article: string[];
    key: string[];
    kind: string[];
    country: (string | null)[];
    mentions: string[];
    n: number[];
  };
}

export function newTopicRows(): TopicRows {
  return {
    topics: new Map(),
    articleTopics: { article: [], topic: [], score: [] },
    places: new Map(),
    articlePlaces: { article: [], key: [], kind: [], country: [], mentions: [], n: [] },
  };
}

function addTopic(rows: TopicRows, id: string, label: string, path: string[]): void {
  const known = rows.topics.get(id);
  if (!known) rows.topics.set(id, { label, path });
  else if (known.path.length === 0 && path.length > 0) known.path = path;
}

/** Adds the IPTC topics an article uses (with their paths) and its links to them. */
export function addTopicRows(rows: TopicRows, articleId: string, parsed: ParsedArticle): void {
  // Within one article the article's own topics (with paths) override those seen on quotes.
  const mine = new Map<string, { label: string; path: string[] }>();
  for (const q of parsed.quotes ?? [])
    for (const t of q.topics ?? []) mine.set(t.id, { label: t.label, path: [] });
  for (const t of parsed.topics ?? []) mine.set(t.id, { label: t.label, path: t.path ?? [] });
  for (const [id, t] of mine) addTopic(rows, id, t.label, t.path);
  for (const t of parsed.topics ?? []) {
    rows.articleTopics.article.push(articleId);
    rows.articleTopics.topic.push(t.id);
    rows.articleTopics.score.push(t.score);
  }
}

/** Adds the places an article mentions and its links to them with their mentions. */
export function addPlaceRows(rows: TopicRows, articleId: string, parsed: ParsedArticle): void {
  const mine = new Map<
    string,
    { name: string; key: string; kind: string; country: string | null; mentions: unknown[] }
  >();
  for (const p of parsed.places ?? []) {
    const key = nameKey(p.name);
    if (!key) continue;
    const id = `${key}|${p.kind}|${p.country ?? ""}`;
    const known = mine.get(id);
    if (known) known.mentions.push(...(p.mentions ?? []));
    else
      mine.set(id, {
        name: p.name,
        key,
        kind: p.kind,
        country: p.country,
        mentions: [...(p.mentions ?? [])],
      });
  }
  const links = rows.articlePlaces;
  for (const [id, p] of mine) {
    if (!rows.places.has(id))
      rows.places.set(id, { name: p.name, key: p.key, kind: p.kind, country: p.country });
    links.article.push(articleId);
    links.key.push(p.key);
    links.kind.push(p.kind);
    links.country.push(p.country);
    links.mentions.push(JSON.stringify(p.mentions));
    links.n.push(p.mentions.length);
  }
}

/** Stores topic and place rows of any number of articles. */
export async function insertTopicRows(tx: Queryable, rows: TopicRows): Promise<void> {
  if (rows.topics.size > 0) {
    const ids = [...rows.topics.keys()];
    const paths = ids.map((id) => JSON.stringify(rows.topics.get(id)?.path));
    await tx.query(
      `INSERT INTO topics (id, label, path)
       SELECT u.id, u.label, ARRAY(SELECT jsonb_array_elements_text(u.path::jsonb))
       FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, label, path) ON CONFLICT DO NOTHING`,
      [ids, ids.map((id) => rows.topics.get(id)?.label), paths],
    );
    // Fill in, only where something is missing, a path first seen bare (from a quote) and the parent.
    await tx.query(
      `UPDATE topics t
       SET path = CASE WHEN cardinality(t.path) = 0 THEN u.path ELSE t.path END,
         parent_id = coalesce(t.parent_id, (SELECT p.id FROM topics p
           WHERE cardinality(u.path) > 1 AND p.path = u.path[1:cardinality(u.path) - 1] LIMIT 1))
       FROM (SELECT x.id, ARRAY(SELECT jsonb_array_elements_text(x.path::jsonb)) AS path
             FROM unnest($1::text[], $2::text[]) AS x(id, path)) u
       WHERE t.id = u.id AND cardinality(u.path) > 0
         AND (cardinality(t.path) = 0 OR (t.parent_id IS NULL AND cardinality(u.path) > 1))`,
      [ids, paths],
    );
  }
  if (rows.articleTopics.article.length > 0) {
    await tx.query(
      `INSERT INTO article_topics (article_id, topic_id, score)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::real[]) ON CONFLICT DO NOTHING`,
      Object.values(rows.articleTopics),
    );
  }
  if (rows.places.size === 0) return;
  const list = [...rows.places.values()];
  await tx.query(
    `INSERT INTO places (name, name_key, kind, country)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
    [
      list.map((p) => p.name),
      list.map((p) => p.key),
      list.map((p) => p.kind),
      list.map((p) => p.country),
    ],
  );
  const l = rows.articlePlaces;
  await tx.query(
    `INSERT INTO article_places (article_id, place_id, mentions, mention_count)
     SELECT u.article, p.id, u.mentions::jsonb, u.n
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
       AS u(article, key, kind, country, mentions, n)
     JOIN places p ON p.name_key = u.key AND p.kind = u.kind AND coalesce(p.country, '') = coalesce(u.country, '')
     ON CONFLICT DO NOTHING`,
    [l.article, l.key, l.kind, l.country, l.mentions, l.n],
  );
}
