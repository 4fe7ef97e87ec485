import { createHash } from "node:crypto";
import pg from "pg";
import type { Database, Transaction } from "./types.ts";

// Same value shapes as PGlite: dates as "YYYY-MM-DD" strings, int8 (counts) as numbers.
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 1082) return (value: string) => value;
    if (oid === 20) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format ?? "text");
  },
};

// Statements run inside transactions (the write path: a small, fixed set) are prepared once per
// connection under a name derived from their text; that saves parsing and planning each time.
const statementNames = new Map<string, string>();
function prepared(sql: string, values?: unknown[]): pg.QueryConfig {
  let name = statementNames.get(sql);
  if (!name) {
    name = `w${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`;
    if (statementNames.size < 1000) statementNames.set(sql, name);
  }
  return { name, text: sql, values };
}

/** Opens a connection pool on a PostgreSQL server. */
export async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, types: types as never });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  let closed = false;
  return {
    kind: "postgres",
    async query<T>(sql: string, params?: unknown[]) {
      const result = await pool.query(sql, params);
      return { rows: result.rows as T[] };
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async executeSql(sql: string, params?: unknown[]) {
      const result = (await pool.query(sql, params)) as pg.QueryResult | pg.QueryResult[];
      const last = Array.isArray(result) ? result.at(-1) : result;
      return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 };
    },
    async transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken = false;
      // A connection dropped mid-transaction emits "error" on the client: the failing query
      // rejects as well, so note it here and let the query's rejection carry the error.
      const onError = () => {
        broken = true;
      };
      client.on("error", onError);
      try {
        await client.query("BEGIN");
        const result = await fn({
          kind: "postgres",
          async query<R>(sql: string, params?: unknown[]) {
            const r = await client.query(prepared(sql, params));
            return { rows: r.rows as R[] };
          },
          async exec(sql: string) {
            await client.query(sql);
          },
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        try {
          await client.query("ROLLBACK");
        } catch {
          broken = true; // the connection is gone; the server rolls back on its own
        }
        throw error;
      } finally {
        client.off("error", onError);
        client.release(broken ? true : undefined);
      }
    },
    async ping() {
      await pool.query("SELECT 1");
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
