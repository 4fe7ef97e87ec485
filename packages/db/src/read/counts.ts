/**
 * Quote counts. Filters on the speaker and the kind only (the commonest questions: "Ukrainian
 * officials", a person's statements) are answered exactly from the counters that migration 060
 * keeps per speaker and kind; any other filter counts the matching quotes themselves.
 */
import type { Queryable } from "../types.ts";
import {
  namedPersonConditions,
  QUOTE_FROM,
  type QuoteFilter,
  quoteConditions,
  speakerCountries,
} from "./filters.ts";
import { isUuid, Params, whereClause } from "./sql.ts";

/** True when the counters can answer the filter: nothing narrows quotes beyond speaker and kind. */
export function countableFromCounters(f: QuoteFilter): boolean {
  return !(
    // UNKNOWN also takes unnamed speakers and people without a category: left to quoteConditions.
    f.speakerCategory?.includes("unknown") ||
    // The counters are kept per person and kind, not per speaker type.
    f.speakerType?.length ||
    f.topic?.length ||
    f.source?.length ||
    f.articleId?.length ||
    f.from ||
    f.to ||
    f.search?.trim()
  );
}

/**
 * Who a speaker-only filter takes, as the counters see it; it mirrors `quoteConditions`:
 * conditions on the person (`person`, over `people sp`) leave out unnamed speakers, a country alone
 * matches unnamed speakers of that country, `official: false` keeps unnamed speakers, and a speaker
 * id list keeps named speakers only (`onlyNamed`).
 */
export function speakerScope(
  f: QuoteFilter,
  params: Params,
): { person: string[]; countries: string | null; onlyNamed: boolean } {
  const person = namedPersonConditions(f, params);
  if (f.official === false) person.push("NOT sp.is_official");
  const countries = speakerCountries(f, params);
  if (countries) person.push(`sp.country = ANY(${countries}::text[])`);
  if (f.speakerId?.length)
    person.push(`sp.id = ANY(${params.add(f.speakerId.filter(isUuid))}::uuid[])`);
  // Unnamed speakers count unless the filter asks for something only a person has.
  const onlyNamed = !!(
    f.speakerCategory?.length ||
    f.official === true ||
    f.organization?.length ||
    f.speakerName?.trim() ||
    f.speakerId?.length
  );
  return { person, countries, onlyNamed };
}

/** The counter query for a speaker-and-kind filter (see {@link speakerScope}). */
function counterSql(f: QuoteFilter, params: Params): string {
  const { person, countries, onlyNamed } = speakerScope(f, params);
  const kinds = f.kind?.length ? params.add(f.kind) : null;
  const kind = kinds ? `AND c.kind = ANY(${kinds}::text[])` : "";
  const named = person.length
    ? `SELECT coalesce(sum(c.n), 0) FROM person_quote_counts c
       WHERE c.person_id = ANY(ARRAY(SELECT sp.id FROM people sp WHERE ${person.join(" AND ")})) ${kind}`
    : `SELECT coalesce(sum(c.n), 0) FROM person_quote_counts c WHERE true ${kind}`;
  if (onlyNamed) return `SELECT (${named})::bigint AS n`;
  const unnamed = `SELECT coalesce(sum(c.n), 0) FROM unnamed_quote_counts c
    WHERE ${countries ? `c.country = ANY(${countries}::text[])` : "true"} ${kind}`;
  return `SELECT ((${named}) + (${unnamed}))::bigint AS n`;
}

/** How many quotes match a filter (exact). */
export async function countQuotes(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
): Promise<number> {
  const f = filter ?? {};
  const params = new Params();
  const sql = countableFromCounters(f)
    ? counterSql(f, params)
    : `SELECT count(*) AS n FROM ${QUOTE_FROM} ${whereClause(quoteConditions(f, params))}`;
  const { rows } = await db.query<{ n: number }>(sql, params.values);
  return Number(rows[0]?.n ?? 0);
}

/** Up to this many matching quotes are counted exactly; beyond, the planner estimates. */
export const EXACT_COUNT_LIMIT = 1_000;

/** A count, and whether it is the planner's estimate rather than exact. */
export interface MaybeEstimated {
  count: number;
  estimated: boolean;
}

/**
 * How many quotes match, for a total shown beside a page: exact from the counters (speaker and
 * kind filters) or when at most {@link EXACT_COUNT_LIMIT} quotes match (counted, stopping there);
 * beyond that the planner's row estimate for the filter (at least the limit), marked `estimated`.
 * A search for a frequent word over millions of quotes costs a bounded count and a plan, not a
 * count of every match.
 */
export async function countQuotesEstimated(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
  exactUpTo = EXACT_COUNT_LIMIT,
): Promise<MaybeEstimated> {
  const f = filter ?? {};
  if (countableFromCounters(f)) return { count: await countQuotes(db, f), estimated: false };
  const params = new Params();
  const matches = `SELECT 1 FROM ${QUOTE_FROM} ${whereClause(quoteConditions(f, params))}`;
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM (${matches} LIMIT ${Math.trunc(exactUpTo) + 1}) m`,
    params.values,
  );
  const n = Number(rows[0]?.n ?? 0);
  if (n <= exactUpTo) return { count: n, estimated: false };
  return { count: Math.max(n, await estimatedRows(db, matches, params.values)), estimated: true };
}

/** The planner's row estimate for a SELECT (`EXPLAIN (FORMAT JSON)`, nothing run). */
export async function estimatedRows(
  db: Queryable,
  sql: string,
  params: unknown[],
): Promise<number> {
  const { rows } = await db.query<{ "QUERY PLAN": unknown }>(
    `EXPLAIN (FORMAT JSON) ${sql}`,
    params,
  );
  const plan = rows[0]?.["QUERY PLAN"];
  const parsed = typeof plan === "string" ? JSON.parse(plan) : plan;
  return Math.round(
    Number((parsed as { Plan: { "Plan Rows": number } }[])[0]?.Plan["Plan Rows"]) || 0,
  );
}

/** The counted way, whatever the filter: what the counters must always agree with (tests). */
export async function countQuotesByScan(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
): Promise<number> {
  const params = new Params();
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM ${QUOTE_FROM} ${whereClause(quoteConditions(filter, params))}`,
    params.values,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Recomputes the quote and statement counters from the quotes (after a bulk load that bypassed the triggers). */
export async function rebuildQuoteCounts(db: Queryable): Promise<void> {
  await db.query("DELETE FROM person_quote_counts");
  await db.query("DELETE FROM unnamed_quote_counts");
  await db.query(`INSERT INTO person_quote_counts (person_id, kind, n)
    SELECT speaker_id, kind, count(*) FROM quotes WHERE speaker_id IS NOT NULL GROUP BY 1, 2`);
  await db.query(`INSERT INTO unnamed_quote_counts (country, kind, n)
    SELECT coalesce(speaker_country, ''), kind, count(*) FROM quotes WHERE speaker_id IS NULL
    GROUP BY 1, 2`);
  // Statements per speaker and facet value (migration 100).
  await db.query("DELETE FROM person_statement_counts");
  await db.query("DELETE FROM unnamed_statement_counts");
  await db.query(`INSERT INTO person_statement_counts (person_id, country, dim, value, n)
    SELECT speaker_id, country, dim, value, count(DISTINCT statement_id) FROM quote_facts
    WHERE speaker_id IS NOT NULL GROUP BY 1, 2, 3, 4`);
  await db.query(`INSERT INTO unnamed_statement_counts (country, dim, value, n)
    SELECT country, dim, value, count(DISTINCT statement_id) FROM quote_facts
    WHERE speaker_id IS NULL GROUP BY 1, 2, 3`);
}
