/** People: listing, loaders, roles over time, topics they speak about, who they are quoted with. */
import type { Queryable } from "../types.ts";
import { escapeLike, type PersonCategory } from "./filters.ts";
import { countListing, type Listing, listPage } from "./listing.ts";
import { type CountRow, PERSON_COLUMNS, type PersonRow, type RoleRow } from "./rows.ts";
import { groupBy, isUuid, type Params, statsByIds } from "./sql.ts";

/** Ways to narrow the people list; lists mean "any of". */
export interface PersonFilter {
  /** Case-insensitive substring of the name or an alias. */
  search?: string | null;
  country?: string[] | null;
  category?: PersonCategory[] | null;
  official?: boolean | null;
  organization?: string[] | null;
  /** Only people with at least one quote. */
  quoted?: boolean | null;
}

/** By name, by number of quotes (pieces), or by number of statements (the pieces of one once). */
export type PersonOrder = "name" | "quotes" | "statements";

const ORDERS: Record<PersonOrder, string> = {
  name: "lower(p.name), p.id",
  quotes: "(SELECT count(*) FROM quotes q WHERE q.speaker_id = p.id) DESC, lower(p.name), p.id",
  statements:
    "(SELECT count(DISTINCT q.statement_id) FROM quotes q WHERE q.speaker_id = p.id) DESC, lower(p.name), p.id",
};

function personConditions(filter: PersonFilter | null | undefined, params: Params): string[] {
  const f = filter ?? {};
  const c: string[] = [];
  if (f.search?.trim()) {
    const like = params.add(`%${escapeLike(f.search.trim().toLowerCase())}%`);
    c.push(
      `(lower(p.name) LIKE ${like} OR EXISTS (SELECT 1 FROM unnest(p.aliases) al WHERE lower(al) LIKE ${like}))`,
    );
  }
  if (f.country?.length)
    c.push(`p.country = ANY(${params.add(f.country.map((v) => v.trim().toUpperCase()))}::text[])`);
  if (f.category?.length) c.push(`p.category = ANY(${params.add(f.category)}::text[])`);
  if (f.official === true) c.push("p.is_official");
  if (f.official === false) c.push("NOT p.is_official");
  if (f.organization?.length) {
    c.push(
      `lower(p.organization) = ANY(${params.add(f.organization.map((o) => o.trim().toLowerCase()))}::text[])`,
    );
  }
  if (f.quoted === true) c.push("EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = p.id)");
  if (f.quoted === false) c.push("NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = p.id)");
  return c;
}

function peopleListing(filter: PersonFilter | null | undefined): Listing {
  return { from: "people p", conditions: (params) => personConditions(filter, params) };
}

/** One page of people, by name, by number of quotes or by number of statements. */
export async function listPeople(
  db: Queryable,
  filter: PersonFilter | null | undefined,
  page: { offset: number; limit: number; order?: PersonOrder },
): Promise<PersonRow[]> {
  const order = ORDERS[page.order ?? "name"];
  return listPage<PersonRow>(db, peopleListing(filter), PERSON_COLUMNS, order, page);
}

/** How many people match a filter. */
export async function countPeople(
  db: Queryable,
  filter: PersonFilter | null | undefined,
): Promise<number> {
  return countListing(db, peopleListing(filter));
}

/** People by id (following merges to the surviving person), in the order asked. */
export async function peopleByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<(PersonRow | null)[]> {
  const { rows } = await db.query<PersonRow & { askedId: string }>(
    `SELECT ${PERSON_COLUMNS}, ask.id AS "askedId" FROM unnest($1::uuid[]) AS ask(id)
     LEFT JOIN person_merges m ON m.from_person_id = ask.id
     JOIN people p ON p.id = coalesce(m.into_person_id, ask.id)`,
    [ids.filter(isUuid)],
  );
  const map = new Map(rows.map(({ askedId, ...p }) => [askedId, p]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Every role each person was seen in, oldest first. */
export async function rolesByPersonIds(
  db: Queryable,
  ids: readonly string[],
): Promise<RoleRow[][]> {
  const { rows } = await db.query<RoleRow>(
    `SELECT r.person_id AS "personId", r.role, r.organization, r.country,
       to_char(coalesce(r.valid_from, a.published_at), 'YYYY-MM-DD') AS "validFrom",
       to_char(r.valid_to, 'YYYY-MM-DD') AS "validTo", r.article_id AS "articleId", r.evidence
     FROM person_roles r LEFT JOIN articles a ON a.id = r.article_id
     WHERE r.person_id = ANY($1::uuid[])
     ORDER BY r.person_id, coalesce(r.valid_from, a.published_at) NULLS LAST, r.created_at`,
    [ids.filter(isUuid)],
  );
  return groupBy(ids, rows, (r) => r.personId);
}

/** A person as one article shows them: with the number of their quotes in that article. */
export type ArticlePersonRow = PersonRow & { articleId: string; articleQuoteCount: number };

/** The people of each article, most mentioned first (once each, even after a merge). */
export async function peopleByArticleIds(
  db: Queryable,
  articleIds: readonly string[],
): Promise<ArticlePersonRow[][]> {
  const { rows } = await db.query<ArticlePersonRow>(
    `SELECT ${PERSON_COLUMNS}, ap.article_id AS "articleId",
       (SELECT count(*)::int FROM quotes q
        WHERE q.article_id = ap.article_id AND q.speaker_id = p.id) AS "articleQuoteCount"
     FROM article_people ap JOIN people p ON p.id = ap.person_id
     WHERE ap.article_id = ANY($1::uuid[])
     ORDER BY ap.article_id, ap.mention_count DESC, p.name`,
    [articleIds.filter(isUuid)],
  );
  const seen = new Set<string>();
  const unique = rows.filter((r) => {
    const key = `${r.articleId}/${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return groupBy(articleIds, unique, (r) => r.articleId);
}

/** Number of quotes and of articles per person. */
export async function statsByPersonIds(
  db: Queryable,
  ids: readonly string[],
): Promise<{ quotes: number; articles: number }[]> {
  return statsByIds(
    db,
    `SELECT ask.id,
       (SELECT count(*)::int FROM quotes q WHERE q.speaker_id = ask.id) AS quotes,
       (SELECT count(DISTINCT ap.article_id)::int FROM article_people ap WHERE ap.person_id = ask.id) AS articles
     FROM unnest($1::uuid[]) AS ask(id)`,
    [ids.filter(isUuid)],
    ids,
  );
}

/** The people quoted in the same articles as this person, with how many articles they share. */
export async function coQuotedPeople(
  db: Queryable,
  personId: string,
  limit: number,
): Promise<CountRow[]> {
  if (!isUuid(personId)) return [];
  const { rows } = await db.query<CountRow>(
    `SELECT q2.speaker_id AS value, count(DISTINCT q2.article_id)::int AS count
     FROM (SELECT DISTINCT article_id FROM quotes WHERE speaker_id = $1) mine
     JOIN quotes q2 ON q2.article_id = mine.article_id
     WHERE q2.speaker_id IS NOT NULL AND q2.speaker_id <> $1
     GROUP BY q2.speaker_id ORDER BY count DESC, q2.speaker_id LIMIT $2`,
    [personId, limit],
  );
  return rows;
}
