/** Paged listings and counts over one filtered table (articles, people, topics). */
import type { Queryable } from "../types.ts";
import { Params, whereClause } from "./sql.ts";

/** What a listing reads: the FROM clause and the filter's conditions, built on shared params. */
export interface Listing {
  from: string;
  conditions: (params: Params) => string[];
}

/** One page of a listing: `columns` in `order`, after `offset` rows. */
export async function listPage<Row>(
  db: Queryable,
  listing: Listing,
  columns: string,
  order: string,
  page: { offset: number; limit: number },
): Promise<Row[]> {
  const params = new Params();
  const where = whereClause(listing.conditions(params));
  const { rows } = await db.query<Row>(
    `SELECT ${columns} FROM ${listing.from} ${where} ORDER BY ${order}
     OFFSET ${params.add(page.offset)} LIMIT ${params.add(page.limit)}`,
    params.values,
  );
  return rows;
}

/** How many rows of a listing match its conditions. */
export async function countListing(db: Queryable, listing: Listing): Promise<number> {
  const params = new Params();
  const where = whereClause(listing.conditions(params));
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${listing.from} ${where}`,
    params.values,
  );
  return rows[0]?.n ?? 0;
}
