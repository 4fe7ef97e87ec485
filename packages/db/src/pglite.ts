import { PGlite } from "@electric-sql/pglite";
import type { Database, Transaction } from "./types.ts";

// Same value shapes on both backends: dates as "YYYY-MM-DD" strings, int8 (counts) as numbers.
const parsers = {
  1082: (value: string) => value,
  20: (value: string) => Number(value),
};

/**
 * Opens embedded PGlite in a data folder, or in memory when `dataDir` is undefined.
 * `sharedBuffers` sizes PostgreSQL's buffer cache inside the WebAssembly heap, which never shrinks:
 * PGlite's default (128MB) was a third of the API's idle memory. The operating system caches
 * the data folder's files anyway, so a small cache costs little speed.
 */
export async function openPglite(
  dataDir: string | undefined,
  onClose: () => void,
  sharedBuffers = "32MB",
): Promise<Database> {
  const pg = await PGlite.create({
    dataDir,
    parsers,
    startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${sharedBuffers}`],
  });
  let closed = false;
  return {
    kind: "pglite",
    async query<T>(sql: string, params?: unknown[]) {
      const result = await pg.query<T>(sql, params as never[]);
      return { rows: result.rows };
    },
    async exec(sql: string) {
      await pg.exec(sql);
    },
    async executeSql(sql: string, params?: unknown[]) {
      if (params?.length) {
        const result = await pg.query(sql, params as never[]);
        return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
      }
      const results = await pg.exec(sql);
      const last = results.at(-1);
      return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
    },
    transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
      return pg.transaction((inner) =>
        fn({
          kind: "pglite",
          async query<R>(sql: string, params?: unknown[]) {
            const result = await inner.query<R>(sql, params as never[]);
            return { rows: result.rows };
          },
          async exec(sql: string) {
            await inner.exec(sql);
          },
        }),
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await pg.close();
      } finally {
        onClose();
      }
    },
  };
}
