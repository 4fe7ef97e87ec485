/**
 * Counts of the filtered statements by country, category, topic, source, month, kind,
 * organization, speaker and speaker type.
 */
import type { Queryable } from "../types.ts";
import { QUOTE_FROM, type QuoteFilter, quoteConditions } from "./filters.ts";
import type { CountRow } from "./rows.ts";
import { Params, whereClause } from "./sql.ts";
import { facetCountsFromCounters, statementCountable } from "./statement-counts.ts";

export type FacetName =
  | "country"
  | "category"
  | "topic"
  | "source"
  | "month"
  | "kind"
  | "organization"
  | "speaker"
  | "speakerType";

// Each facet: what to group by, and any join it needs beyond quotes and the speaker.
// Enum-valued facets use the GraphQL enum spelling (GOVERNMENT, INDIRECT) so a value can be passed
// back as a filter as it is; the category facet has an UNKNOWN bucket so it accounts for every quote.
const FACETS: Record<FacetName, { value: string; join?: string }> = {
  country: { value: "coalesce(p.country, q.speaker_country)" },
  category: { value: "coalesce(upper(p.category), 'UNKNOWN')" },
  kind: { value: "upper(q.kind)" },
  organization: { value: "p.organization" },
  speaker: { value: "q.speaker_id::text" },
  speakerType: { value: "upper(q.speaker_type)" },
  month: { value: "to_char(q.stated_at, 'YYYY-MM')" },
  source: { value: "a.source", join: "JOIN articles a ON a.id = q.article_id" },
  topic: { value: "qt.topic_id", join: "JOIN quote_topics qt ON qt.quote_id = q.id" },
};

/**
 * One facet's statement counts for a filter (a statement counts once per value any of its pieces
 * has), largest first (month facets in date order); nulls left out. Filters on the speaker only
 * are answered from the statement counters (statement-counts.ts).
 */
export async function facetCounts(
  db: Queryable,
  facet: FacetName,
  filter: QuoteFilter | null | undefined,
  limit: number,
): Promise<CountRow[]> {
  if (statementCountable(filter ?? {}))
    return facetCountsFromCounters(db, facet, filter ?? {}, limit);
  return facetCountsByScan(db, facet, filter, limit);
}

/** The counted way, whatever the filter: what the counters must always agree with (tests). */
export async function facetCountsByScan(
  db: Queryable,
  facet: FacetName,
  filter: QuoteFilter | null | undefined,
  limit: number,
): Promise<CountRow[]> {
  const params = new Params();
  const spec = FACETS[facet];
  const conditions = [...quoteConditions(filter, params), `${spec.value} IS NOT NULL`];
  const order = facet === "month" ? "value DESC" : "count DESC, value";
  const { rows } = await db.query<CountRow>(
    `SELECT ${spec.value} AS value, count(DISTINCT q.statement_id)::int AS count FROM ${QUOTE_FROM} ${spec.join ?? ""}
     ${whereClause(conditions)} GROUP BY 1 ORDER BY ${order} LIMIT ${params.add(limit)}`,
    params.values,
  );
  return rows;
}
