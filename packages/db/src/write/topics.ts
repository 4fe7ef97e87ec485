import type { ParsedArticle } from "@whosaid/parser";
import type { Queryable } from "../types.ts";
import { nameKey } from "./keys.ts";

/** Upserts the IPTC topics an article uses (with their paths and parents) and links them. */
export async function writeTopics(
  tx: Queryable,
  articleId: string,
  parsed: ParsedArticle,
): Promise<void> {
  const withPath = new Map(parsed.topics.map((t) => [t.id, t]));
  const refs = new Map<string, string>();
  for (const q of parsed.quotes) for (const t of q.topics ?? []) refs.set(t.id, t.label);
  for (const t of withPath.values()) {
    await tx.query(
      `INSERT INTO topics (id, label, path, parent_id)
       VALUES ($1, $2, $3, (SELECT id FROM topics WHERE path = $4::text[] AND cardinality($4::text[]) > 0 LIMIT 1))
       ON CONFLICT (id) DO UPDATE SET label = EXCLUDED.label, path = EXCLUDED.path,
         parent_id = coalesce(EXCLUDED.parent_id, topics.parent_id)`,
      [t.id, t.label, t.path ?? [], (t.path ?? []).slice(0, -1)],
    );
  }
  const bare = [...refs].filter(([id]) => !withPath.has(id));
  if (bare.length > 0) {
    await tx.query(
      `INSERT INTO topics (id, label) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
      [bare.map(([id]) => id), bare.map(([, label]) => label)],
    );
  }
  if (parsed.topics.length > 0) {
    await tx.query(
      `INSERT INTO article_topics (article_id, topic_id, score)
       SELECT $1, * FROM unnest($2::text[], $3::real[]) ON CONFLICT DO NOTHING`,
      [articleId, parsed.topics.map((t) => t.id), parsed.topics.map((t) => t.score)],
    );
  }
}

/** Upserts the places an article mentions and links them with their mentions. */
export async function writePlaces(
  tx: Queryable,
  articleId: string,
  parsed: ParsedArticle,
): Promise<void> {
  for (const place of parsed.places ?? []) {
    const key = nameKey(place.name);
    if (!key) continue;
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO places (name, name_key, kind, country) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name_key, kind, coalesce(country, '')) DO UPDATE SET name = places.name RETURNING id`,
      [place.name, key, place.kind, place.country],
    );
    await tx.query(
      `INSERT INTO article_places (article_id, place_id, mentions, mention_count) VALUES ($1, $2, $3, $4)
       ON CONFLICT (article_id, place_id) DO UPDATE
       SET mentions = article_places.mentions || EXCLUDED.mentions,
           mention_count = article_places.mention_count + EXCLUDED.mention_count`,
      [articleId, rows[0].id, JSON.stringify(place.mentions ?? []), place.mentions?.length ?? 0],
    );
  }
}
