/** Keyset paging: cursors carry the sort key of their row, so any page costs as much as the first. */
import {
  type Connection,
  type CountResult,
  decodeCursor,
  encodeCursor,
  type PageArgs,
  pageSize,
  toConnection,
} from "./pagination.ts";

/** What the fetch gets: bounds (exclusive), how many rows, and whether to read from the end. */
export interface KeysetWindow<K> {
  after: K | null;
  before: K | null;
  limit: number;
  /** Read the rows nearest `before` (or the list's end) first; the fetch returns them in that order. */
  fromEnd: boolean;
}

/**
 * Pages rows by key, forward (`first`/`after`) or backward (`last`/`before`). `fetch` reads at
 * most `limit` rows strictly between the bounds, from the start or (when `fromEnd`) from the end.
 */
export async function keysetConnection<T, K>(
  args: PageArgs,
  isKey: (v: unknown) => v is K,
  keyOf: (row: T) => K,
  fetch: (window: KeysetWindow<K>) => Promise<T[]>,
  totalCount: () => Promise<CountResult>,
): Promise<Connection<T>> {
  const { first, last } = pageSize(args);
  const after = decodeCursor(args.after, isKey);
  const before = decodeCursor(args.before, isKey, "before");
  const fromEnd = first == null;
  const size = (fromEnd ? last : first) ?? 0;
  const fetched = size === 0 ? [] : await fetch({ after, before, limit: size + 1, fromEnd });
  let rows = fetched.slice(0, size);
  const beyond = fetched.length > size;
  const more = fromEnd
    ? { hasNextPage: before != null, hasPreviousPage: beyond }
    : { hasNextPage: beyond, hasPreviousPage: after != null };
  if (fromEnd) rows.reverse();
  else if (last != null && rows.length > last) {
    rows = rows.slice(rows.length - last);
    more.hasPreviousPage = true;
  }
  return toConnection(rows, (row) => encodeCursor(keyOf(row)), totalCount, more);
}
