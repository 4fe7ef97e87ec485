/**
 * What the quote and statement listings share: their arguments (`filter`, `orderBy`) and their
 * keyset paging on (date, id) cursors, so `quotes`, `statements` and every scoped list of them
 * (a person's, a topic's, a source's) read and page alike.
 */
import * as read from "@whosaid/db/read";
import { builder } from "../builder.ts";
import { type KeysetWindow, keysetConnection } from "../keyset-paging.ts";
import type { CountResult, PageArgs } from "../pagination.ts";
import { isDate } from "../validate/dates.ts";
import { QuoteFilter, toQuoteFilter } from "./quote-filter.ts";

const QuoteOrder = builder.enumType("QuoteOrder", {
  values: { NEWEST: { value: "newest" }, OLDEST: { value: "oldest" } } as const,
});

/** `filter` and `orderBy`, the arguments of the top-level listings. */
export const listingArgs = builder.args((t) => ({
  filter: t.field({ type: QuoteFilter }),
  orderBy: t.field({ type: QuoteOrder, defaultValue: "newest" }),
}));

/** The read layer's filter and order of a listing's arguments. */
export function listingOf(args: {
  filter?: Parameters<typeof toQuoteFilter>[0];
  orderBy?: read.QuoteOrder | null;
}): { filter: read.QuoteFilter; order: read.QuoteOrder } {
  return { filter: toQuoteFilter(args.filter), order: args.orderBy ?? "newest" };
}

const isQuoteKey = (v: unknown): v is read.QuoteKey =>
  typeof v === "object" &&
  v !== null &&
  isDate((v as read.QuoteKey).date) &&
  read.isUuid(String((v as read.QuoteKey).id));

/**
 * Pages keyed rows (quotes, statements) by their (date, id) key, either way: deep pages cost the
 * same as the first. `list` reads a window of the listing in `order`.
 */
export function keyedConnection<T extends { sortKey: read.QuoteKey }>(
  args: PageArgs,
  order: read.QuoteOrder,
  list: (page: read.KeysetPage) => Promise<T[]>,
  count: () => Promise<CountResult>,
) {
  return keysetConnection(
    args,
    isQuoteKey,
    (row: T) => row.sortKey,
    (window: KeysetWindow<read.QuoteKey>) => list({ order, ...window }),
    count,
  );
}
