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

/** The export's columns as SQL over `quotes q`, `articles a` and `people p`, in CSV order. */
const EXPORT_SQL: Record<keyof ExportRow, string> = {
  quote: "q.text",
  kind: "q.kind",
  speaker: "coalesce(p.name, q.speaker_label)",
  country: "coalesce(p.country, q.speaker_country)",
  category: "p.category",
  role: "p.role",
  organization: "p.organization",
  articleTitle: "a.title",
  source: "a.source",
  date: "to_char(coalesce(q.stated_at, a.published_at), 'YYYY-MM-DD')",
  url: "a.url",
  quoteId: "q.id",
  articleId: "a.id",
  statementId: "q.statement_id",
};

const ROW_COLUMNS = EXPORT_COLUMNS.map((c) => `${EXPORT_SQL[c]} AS "${c}"`).join(", ");
// Cells that are ids, kinds or dates never need quoting or neutralising (only null → empty:
// concat_ws would leave a null out, shifting the columns).
const PLAIN = new Set<keyof ExportRow>(["kind", "date", "quoteId", "articleId", "statementId"]);
// One CSV line per quote, CRLF-ended, made in the query (csv_cell, migration 101).
const CSV_LINE = `concat_ws(',', ${EXPORT_COLUMNS.map((c) =>
  PLAIN.has(c) ? `coalesce((${EXPORT_SQL[c]})::text, '')` : `csv_cell(${EXPORT_SQL[c]})`,
).join(", ")}) || E'\\r\\n' AS line`;

/**
 * Yields batches of export rows newest first until every matching quote has been read: each
 * batch continues after the last key of the previous one, so there is no row cap and no OFFSET.
 * The next batch is already being read while the caller turns the current one into CSV and sends
 * it (on PostgreSQL, the server's work and ours overlap); at most two batches are held at once.
 */
export function exportQuotes(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
  batchSize = 1000,
): AsyncGenerator<ExportRow[]> {
  return exportBatches<ExportRow>(db, filter, batchSize, ROW_COLUMNS);
}

/** The same batches as {@link exportQuotes}, each row already a CSV line (see `csv_cell`). */
export async function* exportCsvLines(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
  batchSize = 1000,
): AsyncGenerator<string> {
  for await (const rows of exportBatches<{ line: string }>(db, filter, batchSize, CSV_LINE))
    yield rows.map((r) => r.line).join("");
}

async function* exportBatches<Row>(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
  batchSize: number,
  columns: string,
): AsyncGenerator<Row[]> {
  const sortKey = quoteSortKey(filter, await isRareSearch(db, filter));
  const read = async (after: { date: string; id: string } | null) => {
    const params = new Params();
    // Serial plans (migration 110): two parallel workers per batch cost more than the batch.
    const conditions = ["without_parallel_workers()", ...quoteConditions(filter, params)];
    if (after)
      conditions.push(
        `(${sortKey}, q.id) < (${params.add(after.date)}::date, ${params.add(after.id)}::uuid)`,
      );
    // The key's date goes back as it came (date in, date out): no to_char for every row.
    const { rows } = await db.query<Row & { sortDate: string; keyId: string }>(
      `SELECT ${columns}, q.id AS "keyId", ${QUOTE_SORT_DATE} AS "sortDate"
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
      next = read({ date: last.sortDate, id: last.keyId });
      // Awaited on the next turn; a caller that stops early must not leave it unhandled.
      next.catch(() => {});
    }
    yield rows.map(({ sortDate: _, keyId: __, ...row }) => row as Row);
    if (!more) return;
  }
}
