/**
 * Keyset listings of quotes and statements: a page is bounded by the (date, id) key of a row,
 * so a deep page costs what the first does. Quotes by date or search rank; statements once each.
 */
import type { Queryable } from "../types.ts";
import { estimatedRows } from "./counts.ts";
import {
  QUOTE_FROM,
  QUOTE_SORT_DATE,
  type QuoteFilter,
  quoteConditions,
  quoteSortKey,
  RARE_SEARCH_MATCHES,
  rareSearchProbe,
} from "./filters.ts";
import { QUOTE_COLUMNS, type QuoteRow } from "./rows.ts";
import { isUuid, Params, whereClause } from "./sql.ts";

export type QuoteOrder = "newest" | "oldest";

/** Where a page of quotes starts: after the row with this sort date and id. */
export interface QuoteKey {
  date: string;
  id: string;
}

/** A quote with the key the next page continues from. */
export type KeyedQuote = QuoteRow & { sortKey: QuoteKey };

/**
 * A keyset page of quotes or statements: in date order (ties broken by id), strictly between
 * `after` and `before` when given. `fromEnd` reads the rows nearest `before` (or the last ones)
 * first, and returns them in that reversed order (backward paging).
 */
export interface KeysetPage {
  order?: QuoteOrder;
  after?: QuoteKey | null;
  before?: QuoteKey | null;
  fromEnd?: boolean;
  limit: number;
}

/** What a keyset listing reads of the filtered quotes, ordered by (`sortKey`, `id`). */
interface KeysetSelect {
  columns: string;
  sortKey: string;
  id: string;
  /** One row per distinct selection (statements: their pieces share the date and id). */
  distinct?: boolean;
}

/** The rows of one keyset page, each with the date part of the key it continues from. */
async function keysetRows<Row>(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
  page: KeysetPage,
  select: KeysetSelect,
): Promise<(Row & { sortDate: string })[]> {
  const params = new Params();
  const conditions = quoteConditions(filter, params);
  const dir = keysetBounds(conditions, params, `${select.sortKey}, ${select.id}`, page);
  const { rows } = await db.query<Row & { sortDate: string }>(
    `SELECT ${select.distinct ? "DISTINCT " : ""}${select.columns},
       to_char(${QUOTE_SORT_DATE}, 'YYYY-MM-DD') AS "sortDate"
     FROM ${QUOTE_FROM} ${whereClause(conditions)}
     ORDER BY ${select.sortKey} ${dir}, ${select.id} ${dir} LIMIT ${params.add(page.limit)}`,
    params.values,
  );
  return rows;
}

/** One page of filtered quotes (see {@link KeysetPage}). */
export async function listQuotes(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
  page: KeysetPage,
): Promise<KeyedQuote[]> {
  const sortKey = quoteSortKey(filter, await isRareSearch(db, filter));
  const rows = await keysetRows<QuoteRow>(db, filter, page, {
    columns: QUOTE_COLUMNS,
    sortKey,
    id: "q.id",
  });
  return rows.map(({ sortDate, ...row }) => ({ ...row, sortKey: { date: sortDate, id: row.id } }));
}

/**
 * One page of the statements with a piece matching the filter (see {@link KeysetPage}): its
 * pieces share the statement's date, so DISTINCT over (date, statement) keeps one row each and
 * walks the (date, statement_id) index in order, stopping at the limit.
 */
export async function listStatements(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
  page: KeysetPage,
): Promise<{ id: string; sortKey: QuoteKey }[]> {
  const rows = await keysetRows<{ id: string }>(db, filter, page, {
    columns: `${QUOTE_SORT_DATE} AS sort_date, q.statement_id AS id`,
    sortKey: QUOTE_SORT_DATE,
    id: "q.statement_id",
    distinct: true,
  });
  return rows.map((r) => ({ id: r.id, sortKey: { date: r.sortDate, id: r.id } }));
}

/** A planner estimate of at least this many matches makes a search frequent without counting. */
const FREQUENT_ESTIMATE = 20 * RARE_SEARCH_MATCHES;
/** A word no quote holds, whose estimate is the planner's default share for unknown words. */
const UNKNOWN_WORD = "qqzxjvkw";

/** True when the filter searches text that few quotes match (see `quoteSortKey`). */
export async function isRareSearch(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
): Promise<boolean> {
  if (!filter?.search?.trim()) return false;
  // A word PostgreSQL's statistics know as frequent is: counting 2,000 of its matches cost 28 ms
  // over 10 million quotes. A word they do not know gets a default share (half the rarest known
  // word's), which grows with the table (11,604 rows at 10 million quotes for a word in none), so
  // the estimate counts only when well above that of a word that cannot occur.
  const search = `SELECT 1 FROM quotes q WHERE q.search @@ websearch_to_tsquery('english', $1)`;
  const estimate = await estimatedRows(db, search, [filter.search.trim()]);
  if (
    estimate >= FREQUENT_ESTIMATE &&
    estimate >= 4 * (await estimatedRows(db, search, [UNKNOWN_WORD]))
  )
    return false;
  const params = new Params();
  const { rows } = await db.query<{ rare: boolean }>(
    rareSearchProbe(filter.search, params),
    params.values,
  );
  return rows[0]?.rare === true;
}

/**
 * Adds the conditions of a keyset page (`after` / `before` a (date, id) key, over `columns`) and
 * answers the direction to sort in: newest first unless `order` is "oldest", reversed `fromEnd`.
 */
function keysetBounds(
  conditions: string[],
  params: Params,
  columns: string,
  options: Omit<KeysetPage, "limit">,
): "ASC" | "DESC" {
  const desc = options.order !== "oldest";
  const bound = (key: QuoteKey | null | undefined, op: string) => {
    if (!key || !isUuid(key.id)) return;
    const value = `(${params.add(key.date)}::date, ${params.add(key.id)}::uuid)`;
    conditions.push(`(${columns}) ${op} ${value}`);
  };
  bound(options.after, desc ? "<" : ">");
  bound(options.before, desc ? ">" : "<");
  return desc !== !!options.fromEnd ? "DESC" : "ASC";
}
