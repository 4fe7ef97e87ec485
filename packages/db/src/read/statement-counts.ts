/**
 * Facets and statement totals from the counters of migration 100, for filters on the speaker
 * only (the commonest: "Ukrainian officials", or no filter): a sum over counter rows per speaker
 * and value instead of counting distinct statements over every matching quote. Exact, as the
 * triggers keep them; any other filter is counted over the quotes (facets.ts, statements.ts).
 */
import type { Queryable } from "../types.ts";
import { countableFromCounters, speakerScope } from "./counts.ts";
import type { FacetName } from "./facets.ts";
import type { QuoteFilter } from "./filters.ts";
import type { CountRow } from "./rows.ts";
import { Params } from "./sql.ts";

/** True when the statement counters can answer the filter: it narrows the speaker only. */
export function statementCountable(f: QuoteFilter): boolean {
  return countableFromCounters(f) && !f.kind?.length;
}

// Per facet: the counted dimension, and the value of a named (`sp`, counter `c`) and of an
// unnamed counter row, spelled as facetCounts spells it.
const VALUES: Record<FacetName, { dim: string; named: string; unnamed: string }> = {
  country: {
    dim: "all",
    named: "coalesce(sp.country, nullif(c.country, ''))",
    unnamed: "nullif(c.country, '')",
  },
  category: { dim: "all", named: "coalesce(upper(sp.category), 'UNKNOWN')", unnamed: "'UNKNOWN'" },
  organization: { dim: "all", named: "sp.organization", unnamed: "NULL" },
  speaker: { dim: "all", named: "sp.id::text", unnamed: "NULL" },
  kind: { dim: "kind", named: "c.value", unnamed: "c.value" },
  month: { dim: "month", named: "c.value", unnamed: "c.value" },
  source: { dim: "source", named: "c.value", unnamed: "c.value" },
  topic: { dim: "topic", named: "c.value", unnamed: "c.value" },
  speakerType: { dim: "speakerType", named: "c.value", unnamed: "c.value" },
};

/** The counter rows (value, n) a speaker-only filter takes for one facet. */
function counterRows(f: QuoteFilter, facet: FacetName | "total", params: Params): string {
  const spec = facet === "total" ? { dim: "all", named: "''", unnamed: "''" } : VALUES[facet];
  const { person, countries, onlyNamed } = speakerScope(f, params);
  const dim = params.add(spec.dim);
  const named = `SELECT ${spec.named} AS value, c.n FROM person_statement_counts c
    JOIN people sp ON sp.id = c.person_id WHERE c.dim = ${dim}
    ${person.map((p) => `AND ${p}`).join(" ")}`;
  if (onlyNamed) return named;
  return `${named} UNION ALL SELECT ${spec.unnamed}, c.n FROM unnamed_statement_counts c
    WHERE c.dim = ${dim} ${countries ? `AND c.country = ANY(${countries}::text[])` : ""}`;
}

/** One facet's statement counts from the counters (see `facetCounts`). */
export async function facetCountsFromCounters(
  db: Queryable,
  facet: FacetName,
  filter: QuoteFilter,
  limit: number,
): Promise<CountRow[]> {
  const params = new Params();
  const order = facet === "month" ? "value DESC" : "count DESC, value";
  const { rows } = await db.query<CountRow>(
    `SELECT value, sum(n)::int AS count FROM (${counterRows(filter, facet, params)}) x
     WHERE value IS NOT NULL GROUP BY value HAVING sum(n) > 0
     ORDER BY ${order} LIMIT ${params.add(limit)}`,
    params.values,
  );
  return rows;
}

/** How many statements a speaker-only filter matches, from the counters. */
export async function countStatementsFromCounters(
  db: Queryable,
  filter: QuoteFilter,
): Promise<number> {
  const params = new Params();
  const { rows } = await db.query<{ n: number }>(
    `SELECT coalesce(sum(n), 0)::bigint AS n FROM (${counterRows(filter, "total", params)}) x`,
    params.values,
  );
  return Number(rows[0]?.n ?? 0);
}
