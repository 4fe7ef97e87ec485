import type { ParsedArticle } from "@whosaid/parser";
import type { Queryable } from "../types.ts";
import { nameKey } from "./keys.ts";

// Shared rows (topics, places) are inserted with DO NOTHING rather than upserted: an upsert would
// lock them until commit and make concurrent ingests wait on each other.

/** Adds the IPTC topics an article uses (with their paths and parents) and links them. */
export async function writeTopics(
  tx: Queryable,
  articleId: string,
  parsed: ParsedArticle,
): Promise<void> {
  const topics = new Map<string, { label: string; path: string[] }>();
  for (const q of parsed.quotes ?? [])
    for (const t of q.topics ?? []) topics.set(t.id, { label: t.label, path: [] });
  for (const t of parsed.topics ?? []) topics.set(t.id, { label: t.label, path: t.path ?? [] });
  if (topics.size === 0) return;
  const ids = [...topics.keys()];
  const paths = ids.map((id) => JSON.stringify(topics.get(id)?.path));
  await tx.query(
    `INSERT INTO topics (id, label, path)
     SELECT u.id, u.label, ARRAY(SELECT jsonb_array_elements_text(u.path::jsonb))
     FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, label, path) ON CONFLICT DO NOTHING`,
    [ids, ids.map((id) => topics.get(id)?.label), paths],
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
  if (parsed.topics?.length) {
    await tx.query(
      `INSERT INTO article_topics (article_id, topic_id, score)
       SELECT $1, * FROM unnest($2::text[], $3::real[]) ON CONFLICT DO NOTHING`,
      [articleId, parsed.topics.map((t) => t.id), parsed.topics.map((t) => t.score)],
    );
  }
}

/** Adds the places an article mentions and links them with their mentions. */
export async function writePlaces(
  tx: Queryable,
  articleId: string,
  parsed: ParsedArticle,
): Promise<void> {
  const places = new Map<
    string,
    { name: string; key: string; kind: string; country: string | null; mentions: unknown[] }
  >();
  for (const p of parsed.places ?? []) {
    const key = nameKey(p.name);
    if (!key) continue;
    const id = `${key}|${p.kind}|${p.country ?? ""}`;
    const known = places.get(id);
    if (known) known.mentions.push(...(p.mentions ?? []));
    else
      places.set(id, {
        name: p.name,
        key,
        kind: p.kind,
        country: p.country,
        mentions: [...(p.mentions ?? [])],
      });
  }
  if (places.size === 0) return;
  const list = [...places.values()];
  const cols = [
    list.map((p) => p.name),
    list.map((p) => p.key),
    list.map((p) => p.kind),
    list.map((p) => p.country),
  ];
  await tx.query(
    `INSERT INTO places (name, name_key, kind, country)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
    cols,
  );
  await tx.query(
    `INSERT INTO article_places (article_id, place_id, mentions, mention_count)
     SELECT $1, p.id, u.mentions::jsonb, u.n
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[]) AS u(key, kind, country, mentions, n)
     JOIN places p ON p.name_key = u.key AND p.kind = u.kind AND coalesce(p.country, '') = coalesce(u.country, '')
     ON CONFLICT DO NOTHING`,
    [
      articleId,
      cols[1],
      cols[2],
      cols[3],
      list.map((p) => JSON.stringify(p.mentions)),
      list.map((p) => p.mentions.length),
    ],
  );
}
