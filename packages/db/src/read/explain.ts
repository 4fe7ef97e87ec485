/** Query plans for benchmarks: run the read functions through a Queryable that explains first. */
import type { Queryable } from "../types.ts";

/** One statement and its `EXPLAIN (ANALYZE, BUFFERS)` output. */
export interface ExplainedQuery {
  sql: string;
  plan: string;
}

/**
 * Wraps `db` so that every SELECT is first run under `EXPLAIN (ANALYZE, BUFFERS)` (its plan kept
 * in `plans`), then run for real so that the caller gets its rows as usual.
 */
export function explaining(db: Queryable): { db: Queryable; plans: ExplainedQuery[] } {
  const plans: ExplainedQuery[] = [];
  const wrapped: Queryable = {
    async query<T>(sql: string, params?: unknown[]) {
      if (/^\s*SELECT/i.test(sql)) {
        const { rows } = await db.query<Record<string, string>>(
          `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
          params,
        );
        plans.push({
          sql: sql.replace(/\s+/g, " ").trim(),
          plan: rows.map((r) => Object.values(r)[0]).join("\n"),
        });
      }
      return db.query<T>(sql, params);
    },
    exec: (sql: string) => db.exec(sql),
  };
  return { db: wrapped, plans };
}
