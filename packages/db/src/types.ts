/** Anything that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one statement with `$1…` parameters (always pass values as parameters, never splice them). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** An open transaction; it commits when the callback resolves and rolls back when it throws. */
export interface Transaction extends Queryable {
  readonly kind: "pglite" | "postgres";
}

/** A whosaid database: embedded PGlite or a PostgreSQL server, with the same SQL dialect. */
export interface Database extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Runs `fn` in one transaction (BEGIN … COMMIT, ROLLBACK when it throws). */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /**
   * Runs SQL written by a library that brings its own (the job queue, pg-boss): several
   * statements when there are no parameters; answers with the last statement's rows.
   */
  executeSql(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number }>;
  /**
   * Resolves when the database can answer, rejects when it cannot (for health checks). PostgreSQL
   * runs `SELECT 1` on a free connection; PGlite asks its thread, which answers between
   * statements: its single connection is not free while a transaction runs, and waiting for that
   * would measure the writer's work, not whether the database is there.
   */
  ping(): Promise<void>;
  /** Closes connections and releases the data-folder lock. Safe to call twice. */
  close(): Promise<void>;
}
