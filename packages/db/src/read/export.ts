/** Every quote matching a filter with its speaker and article columns, read in keyset batches. */
import type { Queryable } from "../types.ts";
import { QUOTE_SORT_DATE, type QuoteFilter, quoteConditions, quoteSortKey } from "./filters.ts";
import { isRareSearch } from "./keyset.ts";
import { Params, whereClause } from "./sql.ts";

/** One exported row (the columns of the CSV, in order). */
export interface ExportRow {
  quote: string;
  kind: string;
  speaker: string | null;
  country: string | null;
  category: string | null;
  role: string | null;
  organization: string | null;
  articleTitle: string | null;
  source: string | null;
  date: string | null;
  url: string | null;
  quoteId: string;
  articleId: string;
  /** Shared by the pieces of one statement (a quote split by "he said", a fragment and its clause). */
  statementId: string;
}

export const EXPORT_COLUMNS: (keyof ExportRow)[] = [
  "quote",
  "kind",
  "speaker",
  "country",
  "category",
  "role",
  "organization",
  "articleTitle",
  "source",
  "date",
  "url",
  "quoteId",
  "articleId",
  "statementId",
];

/**
 * Yields batches of export rows newest first until every matching quote has been read: each
 * batch continues after the last key of the previous one, so there is no row cap and no OFFSET.
 * The next batch is already being read while the caller turns the current one into CSV and sends
 * it (on PostgreSQL, the server's work and ours overlap); at most two batches are held at once.
 */
export async function* exportQuotes(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
  batchSize = 1000,
): AsyncGenerator<ExportRow[]> {
  const sortKey = quoteSortKey(filter, await isRareSearch(db, filter));
  const read = async (after: { date: string; id: string } | null) => {
    const params = new Params();
    const conditions = quoteConditions(filter, params);
    if (after)
      conditions.push(
        `(${sortKey}, q.id) < (${params.add(after.date)}::date, ${params.add(after.id)}::uuid)`,
      );
    const { rows } = await db.query<ExportRow & { sortDate: string }>(
      `SELECT q.text AS quote, q.kind, coalesce(p.name, q.speaker_label) AS speaker,
         coalesce(p.country, q.speaker_country) AS country, p.category, p.role, p.organization,
         a.title AS "articleTitle", a.source, to_char(coalesce(q.stated_at, a.published_at), 'YYYY-MM-DD') AS date,
         a.url, q.id AS "quoteId", a.id AS "articleId", q.statement_id AS "statementId", to_char(${QUOTE_SORT_DATE}, 'YYYY-MM-DD') AS "sortDate"
       FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.speaker_id
       ${whereClause(conditions)}
       ORDER BY ${sortKey} DESC, q.id DESC LIMIT ${params.add(batchSize)}`,
      params.values,
    );
    return rows;
  };
  let next = read(null);
  for (;;) {
    const rows = await next;
    if (!rows.length) return;
    const more = rows.length === batchSize;
    if (more) {
      const last = rows[rows.length - 1];
      next = read({ date: last.sortDate, id: last.quoteId });
      // Awaited on the next turn; a caller that stops early must not leave it unhandled.
      next.catch(() => {});
    }
    yield rows.map(({ sortDate: _, ...row }) => row);
    if (!more) return;
  }
}
