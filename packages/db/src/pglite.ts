import { Worker } from "node:worker_threads";
import { execArgvWithoutTsx } from "./threads/exec-argv.ts";
import type { Database, Queryable, Transaction } from "./types.ts";

/** What the PGlite thread answers to one call (see pglite-thread/worker.mjs). */
type Reply = { id: number; ok: true; value?: unknown } | { id: number; ok: false; error: Fields };
type Fields = Record<string, string | number | boolean>;

/** An error as the PGlite thread sent it: message, SQLSTATE `code`, detail… kept as fields. */
function revive(fields: Fields): Error {
  const error = new Error(String(fields.message));
  for (const [key, value] of Object.entries(fields)) {
    if (key !== "message" && key !== "stack") (error as unknown as Fields)[key] = value;
  }
  return error;
}

/**
 * Opens embedded PGlite in a data folder, or in memory when `dataDir` is undefined, on a thread of
 * its own: PGlite runs PostgreSQL in WebAssembly synchronously on the calling thread, so on the
 * API's thread one long statement froze every request, health checks included (issue 13). Same
 * dialect, migrations and queries; only this thread opens the folder.
 * `sharedBuffers` sizes PostgreSQL's buffer cache inside the WebAssembly heap, which never shrinks:
 * PGlite's default (128MB) was a third of the API's idle memory. The operating system caches
 * the data folder's files anyway, so a small cache costs little speed.
 */
export async function openPglite(
  dataDir: string | undefined,
  onClose: () => void,
  sharedBuffers = "32MB",
): Promise<Database> {
  const worker = new Worker(new URL("./pglite-thread/worker.mjs", import.meta.url), {
    workerData: { dataDir, sharedBuffers },
    // Plain JavaScript: without tsx, which it would otherwise inherit from an API run through tsx.
    execArgv: execArgvWithoutTsx(),
  });
  const calls = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  let stopped: Error | null = null;

  const stop = (error: Error) => {
    stopped ??= error;
    for (const call of calls.values()) call.reject(stopped);
    calls.clear();
  };
  await new Promise<void>((resolve, reject) => {
    worker.once("message", (m: { op: string; error?: Fields }) =>
      m.op === "ready" ? resolve() : reject(revive(m.error ?? { message: "PGlite failed" })),
    );
    worker.once("error", reject);
  }).catch(async (error) => {
    await worker.terminate();
    throw error;
  });
  worker.on("message", (reply: Reply) => {
    const call = calls.get(reply.id);
    if (!call) return;
    calls.delete(reply.id);
    if (calls.size === 0) worker.unref();
    if (reply.ok) call.resolve(reply.value);
    else call.reject(revive(reply.error));
  });
  // "PGlite is closed" is how errors.ts knows the database is gone (SERVICE_UNAVAILABLE).
  worker.on("error", (error) => stop(new Error(`PGlite is closed: its thread failed (${error})`)));
  worker.on("exit", () => stop(new Error("PGlite is closed")));
  // An idle database thread must not keep the process alive, as in-thread PGlite did not.
  worker.unref();

  const call = <T>(message: Record<string, unknown>): Promise<T> => {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      calls.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.ref();
      worker.postMessage({ ...message, id });
    });
  };
  const queryable = (tx?: number): Queryable => ({
    query: <T>(sql: string, params?: unknown[]) =>
      call<{ rows: T[] }>({ op: "query", sql, params, tx }),
    exec: (sql: string) => call<void>({ op: "exec", sql, tx }),
  });
  let nextTx = 1;
  let closing: Promise<void> | null = null;

  return {
    kind: "pglite",
    ...queryable(),
    executeSql: (sql: string, params?: unknown[]) =>
      call<{ rows: unknown[]; rowCount: number }>({ op: "executeSql", sql, params }),
    async transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
      const tx = nextTx++;
      await call({ op: "begin", tx });
      let result: T;
      try {
        result = await fn({ kind: "pglite", ...queryable(tx) });
      } catch (error) {
        await call({ op: "end", tx, commit: false }).catch(() => {});
        throw error;
      }
      await call({ op: "end", tx, commit: true });
      return result;
    },
    async ping() {
      if (!(await call<boolean>({ op: "ping" }))) throw new Error("PGlite is closed");
    },
    close() {
      closing ??= (async () => {
        try {
          if (!stopped) await call({ op: "close" });
        } finally {
          stop(new Error("PGlite is closed"));
          await worker.terminate();
          onClose();
        }
      })();
      return closing;
    },
  };
}
