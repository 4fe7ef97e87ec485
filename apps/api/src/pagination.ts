/**
 * Relay connections over two kinds of cursor: keyset (quotes: date + id, no OFFSET however deep,
 * `keyset-paging.ts`) and offset (small lists, `offset-paging.ts`). Both page forward
 * (`first`/`after`) and backward (`last`/`before`); `first` and `last` are capped at {@link MAX_PAGE}.
 */
import { badInput } from "./errors.ts";

const MAX_PAGE = 100;
const DEFAULT_PAGE = 20;

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
  /** True when `totalCount` is an estimate (a large count, see `countQuotesEstimated`). */
  totalCountIsEstimate: () => Promise<boolean>;
}

/** What a connection's count gives: a number (exact), or a count marked as estimated or not. */
export type CountResult = number | { count: number; estimated: boolean };

/** How many items to take and from which end: `last` alone pages backward. */
export interface PageSize {
  first: number | null;
  last: number | null;
}

function checkSize(name: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE) {
    throw badInput(`${name} must be between 0 and ${MAX_PAGE}.`);
  }
  return value;
}

/** Validates `first` and `last`; neither means the first {@link DEFAULT_PAGE} items. */
export function pageSize(args: PageArgs): PageSize {
  const first = checkSize("first", args.first);
  const last = checkSize("last", args.last);
  return { first: first ?? (last == null ? DEFAULT_PAGE : null), last };
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** Decodes a cursor made by {@link encodeCursor}; anything else is a BAD_USER_INPUT. */
export function decodeCursor<T>(
  cursor: string | null | undefined,
  check: (v: unknown) => v is T,
  argument: "after" | "before" = "after",
): T | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (check(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw badInput(`The ${argument} cursor is not valid.`);
}

/** Builds a connection from one page of rows in order and what lies on either side of it. */
export function toConnection<T>(
  page: T[],
  cursorOf: (row: T, index: number) => string,
  totalCount: () => Promise<CountResult>,
  more: { hasNextPage: boolean; hasPreviousPage: boolean },
): Connection<T> {
  const edges = page.map((node, i) => ({ cursor: cursorOf(node, i), node }));
  let count: Promise<CountResult> | undefined;
  const counted = () => {
    count ??= totalCount();
    return count;
  };
  return {
    edges,
    pageInfo: {
      ...more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => counted().then((c) => (typeof c === "number" ? c : c.count)),
    totalCountIsEstimate: () => counted().then((c) => typeof c !== "number" && c.estimated),
  };
}
