/** Paging a small list by position: cursors carry the item's index in the whole list. */
import {
  type Connection,
  decodeCursor,
  encodeCursor,
  type PageArgs,
  pageSize,
  toConnection,
} from "./pagination.ts";
import { MAX_OFFSET } from "./validate/limits.ts";

const isOffset = (v: unknown): v is { o: number } =>
  typeof v === "object" &&
  v !== null &&
  Number.isInteger((v as { o: unknown }).o) &&
  (v as { o: number }).o >= 0 &&
  (v as { o: number }).o <= MAX_OFFSET;

/**
 * Pages a list by offset, forward (`first`/`after`) or backward (`last`/`before`);
 * `fetch(offset, limit)` must return up to `limit` rows from `offset`.
 */
export async function offsetConnection<T>(
  args: PageArgs,
  fetch: (offset: number, limit: number) => Promise<T[]>,
  totalCount: () => Promise<number>,
): Promise<Connection<T>> {
  const { first, last } = pageSize(args);
  const low = (decodeCursor(args.after, isOffset)?.o ?? -1) + 1;
  const before = decodeCursor(args.before, isOffset, "before")?.o ?? null;
  // The window the cursors leave open: [low, high); without `before` it ends at the list's end.
  let start = low;
  let rows: T[];
  let more: { hasNextPage: boolean; hasPreviousPage: boolean };
  if (first != null) {
    const room = before == null ? first + 1 : Math.max(0, Math.min(first + 1, before - low));
    const fetched = room === 0 ? [] : await fetch(low, room);
    rows = fetched.slice(0, first);
    more = { hasNextPage: fetched.length > first, hasPreviousPage: low > 0 };
    if (last != null && rows.length > last) {
      start += rows.length - last;
      rows = rows.slice(rows.length - last);
      more.hasPreviousPage = true;
    }
  } else {
    const high = before ?? (await totalCount());
    start = Math.max(low, high - (last ?? 0));
    rows = high > start ? await fetch(start, high - start) : [];
    more = { hasNextPage: before != null, hasPreviousPage: start > 0 };
  }
  return toConnection(rows, (_row, i) => encodeCursor({ o: start + i }), totalCount, more);
}
