import type { Database } from "../types.ts";

/**
 * Runs `fn` in one process at a time among every process sharing a PostgreSQL server: a
 * transaction-scoped advisory lock on `key` is held on one connection while `fn` works on
 * others (the job queue's setup deadlocks when several workers install it at once). On PGlite
 * there is one process, and a transaction held open there would block `fn`'s own statements.
 */
export function oneAtATime<T>(db: Database, key: number, fn: () => Promise<T>): Promise<T> {
  if (db.kind !== "postgres") return fn();
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [key]);
    return fn();
  });
}
