import type { Queryable } from "../types.ts";

/** A tiny builder that keeps every value a numbered parameter, never spliced into the SQL text. */
export class Params {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder, e.g. `$3`. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Joins conditions with AND (TRUE when there are none). */
export function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a canonical UUID (ids are checked before they reach a uuid column). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Groups rows by a key, keeping for every requested key a (possibly empty) list, in key order. */
export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** Orders rows to match the requested ids (null where missing), as DataLoader expects. */
export function byIds<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Quote and article counts per id, from a query returning `id, quotes, articles` rows. */
export async function statsByIds(
  db: Queryable,
  sql: string,
  params: unknown[],
  ids: readonly string[],
): Promise<{ quotes: number; articles: number }[]> {
  const { rows } = await db.query<{ id: string; quotes: number; articles: number }>(sql, params);
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? { quotes: 0, articles: 0 });
}
