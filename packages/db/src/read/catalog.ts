/** Sources (publishers), organizations and places: small lists with counts. */
import type { Queryable } from "../types.ts";
import type { PlaceRow, SourceRow } from "./rows.ts";
import { byIds, groupBy, isUuid } from "./sql.ts";

/** A named thing with how many articles and quotes it has. */
export interface NamedCount {
  name: string;
  articles: number;
  quotes: number;
}

/** Every source with its article and quote counts, largest first. */
export async function listSources(db: Queryable): Promise<(SourceRow & NamedCount)[]> {
  const { rows } = await db.query<SourceRow & NamedCount>(
    `SELECT min(a.source_id::text) AS id, a.source AS name, count(DISTINCT a.id)::int AS articles,
       (SELECT count(*)::int FROM quotes q JOIN articles a2 ON a2.id = q.article_id WHERE a2.source = a.source) AS quotes
     FROM articles a WHERE a.source IS NOT NULL GROUP BY a.source ORDER BY articles DESC, a.source`,
  );
  return rows;
}

/** Organizations people belong to, with how many people and quotes, largest first. */
export async function listOrganizations(
  db: Queryable,
  search: string | null,
  limit: number,
): Promise<NamedCount[]> {
  const { rows } = await db.query<NamedCount & { people: number }>(
    `SELECT p.organization AS name, count(DISTINCT p.id)::int AS people,
       (SELECT count(*)::int FROM quotes q JOIN people p2 ON p2.id = q.speaker_id
        WHERE lower(p2.organization) = lower(p.organization)) AS quotes, 0 AS articles
     FROM people p WHERE p.organization IS NOT NULL AND ($1::text IS NULL OR p.organization ILIKE '%' || $1 || '%')
     GROUP BY p.organization ORDER BY quotes DESC, people DESC, p.organization LIMIT $2`,
    [search, limit],
  );
  return rows;
}

/** Places by id, in the order asked. */
export async function placesByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<(PlaceRow | null)[]> {
  const { rows } = await db.query<PlaceRow>(
    "SELECT id, name, kind, country FROM places WHERE id = ANY($1::uuid[])",
    [ids.filter(isUuid)],
  );
  return byIds(ids, rows);
}

/** The places each article mentions, most mentioned first. */
export async function placesByArticleIds(
  db: Queryable,
  articleIds: readonly string[],
): Promise<(PlaceRow & { mentionCount: number })[][]> {
  const { rows } = await db.query<PlaceRow & { mentionCount: number; articleId: string }>(
    `SELECT pl.id, pl.name, pl.kind, pl.country, ap.mention_count AS "mentionCount", ap.article_id AS "articleId"
     FROM article_places ap JOIN places pl ON pl.id = ap.place_id
     WHERE ap.article_id = ANY($1::uuid[]) ORDER BY ap.article_id, ap.mention_count DESC, pl.name`,
    [articleIds.filter(isUuid)],
  );
  return groupBy(articleIds, rows, (r) => r.articleId);
}

/** Sources by id, in the order asked. */
export async function sourcesByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<(SourceRow | null)[]> {
  const { rows } = await db.query<SourceRow>(
    "SELECT id, name FROM sources WHERE id = ANY($1::uuid[])",
    [ids.filter(isUuid)],
  );
  return byIds(ids, rows);
}
