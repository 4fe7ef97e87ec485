/** Quote listing with keyset pagination, counts, loaders and the streamed export. */
import type { Queryable } from "../types.ts";
import {
  QUOTE_FROM,
  QUOTE_SORT_DATE,
  type QuoteFilter,
  quoteConditions,
  quoteSortKey,
  rareSearchProbe,
} from "./filters.ts";
import { QUOTE_COLUMNS, type QuoteRow } from "./rows.ts";
import { byIds, groupBy, isUuid, Params, whereClause } from "./sql.ts";

export type QuoteOrder = "newest" | "oldest";

/** Where a page of quotes starts: after the row with this sort date and id. */
export interface QuoteKey {
  date: string;
  id: string;
}

/** A quote with the key the next page continues from. */
export type KeyedQuote = QuoteRow & { sortKey: QuoteKey };

/**
 * One page of filtered quotes in date order (ties broken by id), strictly between `after` and
 * `before` when given. `fromEnd` reads the rows nearest `before` (or the last ones) first, and
 * returns them in that reversed order (backward paging).
 */
export async function listQuotes(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
  options: {
    order?: QuoteOrder;
    after?: QuoteKey | null;
    before?: QuoteKey | null;
    fromEnd?: boolean;
    limit: number;
  },
): Promise<KeyedQuote[]> {
  const params = new Params();
  const conditions = quoteConditions(filter, params);
  const sortKey = quoteSortKey(filter, await isRareSearch(db, filter));
  const dir = keysetBounds(conditions, params, `${sortKey}, q.id`, options);
  const { rows } = await db.query<QuoteRow & { sortDate: string }>(
    `SELECT ${QUOTE_COLUMNS}, to_char(${QUOTE_SORT_DATE}, 'YYYY-MM-DD') AS "sortDate"
     FROM ${QUOTE_FROM} ${whereClause(conditions)}
     ORDER BY ${sortKey} ${dir}, q.id ${dir} LIMIT ${params.add(options.limit)}`,
    params.values,
  );
  return rows.map(({ sortDate, ...row }) => ({ ...row, sortKey: { date: sortDate, id: row.id } }));
}

/** True when the filter searches text that few quotes match (see `quoteSortKey`). */
export async function isRareSearch(
  db: Queryable,
  filter: QuoteFilter | null | undefined,
): Promise<boolean> {
  if (!filter?.search?.trim()) return false;
  const params = new Params();
  const { rows } = await db.query<{ rare: boolean }>(
    rareSearchProbe(filter.search, params),
    params.values,
  );
  return rows[0]?.rare === true;
}

/** Quotes by id, in the order asked (null for unknown ids). */
export async function quotesByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<(QuoteRow | null)[]> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return ids.map(() => null);
  const { rows } = await db.query<QuoteRow>(
    `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.id = ANY($1::uuid[])`,
    [valid],
  );
  return byIds(ids, rows);
}

/** Every quote of each article, in reading order. */
export async function quotesByArticleIds(
  db: Queryable,
  articleIds: readonly string[],
): Promise<QuoteRow[][]> {
  const { rows } = await db.query<QuoteRow>(
    `SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.article_id = ANY($1::uuid[])
     ORDER BY q.article_id, q.start_offset, q.end_offset`,
    [articleIds.filter(isUuid)],
  );
  return groupBy(articleIds, rows, (r) => r.articleId);
}

/**
 * Adds the conditions of a keyset page (`after` / `before` a (date, id) key, over `columns`) and
 * answers the direction to sort in: newest first unless `order` is "oldest", reversed `fromEnd`.
 */
export function keysetBounds(
  conditions: string[],
  params: Params,
  columns: string,
  options: {
    order?: QuoteOrder;
    after?: QuoteKey | null;
    before?: QuoteKey | null;
    fromEnd?: boolean;
  },
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
