/**
 * Relay connections over two kinds of cursor: keyset (quotes: date + id, no OFFSET however deep)
 * and offset (small lists). `first` is capped at {@link MAX_PAGE}; only forward paging is offered.
 */
import { badInput } from "./errors.ts";
import { MAX_OFFSET } from "./validate/limits.ts";

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

/** Relay's paging arguments as Pothos passes them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A connection result; `totalCount` runs its query only when the field is asked for. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: () => Promise<number>;
}

/** Validates `first` and refuses backward paging. */
export function pageSize(args: PageArgs): number {
  if (args.last != null || args.before != null)
    throw badInput("Only forward paging (first/after) is supported.");
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE}.`);
  }
  return first;
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** Decodes a cursor made by {@link encodeCursor}; anything else is a BAD_USER_INPUT. */
export function decodeCursor<T>(
  cursor: string | null | undefined,
  check: (v: unknown) => v is T,
): T | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (check(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw badInput("The after cursor is not valid.");
}

/** Builds a connection from `limit + 1` fetched rows (the extra one says there is a next page). */
export function toConnection<T>(
  rows: T[],
  limit: number,
  cursorOf: (row: T, index: number) => string,
  totalCount: () => Promise<number>,
  hasPreviousPage = false,
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node, i) => ({ cursor: cursorOf(node, i), node }));
  let count: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => {
      count ??= totalCount();
      return count;
    },
  };
}

const isOffset = (v: unknown): v is { o: number } =>
  typeof v === "object" &&
  v !== null &&
  Number.isInteger((v as { o: unknown }).o) &&
  (v as { o: number }).o >= 0 &&
  (v as { o: number }).o <= MAX_OFFSET;

/** Pages a list by offset: `fetch(offset, limit)` must return up to `limit` rows. */
export async function offsetConnection<T>(
  args: PageArgs,
  fetch: (offset: number, limit: number) => Promise<T[]>,
  totalCount: () => Promise<number>,
): Promise<Connection<T>> {
  const limit = pageSize(args);
  const offset = (decodeCursor(args.after, isOffset)?.o ?? -1) + 1;
  const rows = limit === 0 ? [] : await fetch(offset, limit + 1);
  return toConnection(
    rows,
    limit,
    (_row, i) => encodeCursor({ o: offset + i }),
    totalCount,
    offset > 0,
  );
}
