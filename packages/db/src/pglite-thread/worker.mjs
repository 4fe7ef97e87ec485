// The PGlite thread: PGlite runs PostgreSQL in WebAssembly, synchronously, on the thread that
// calls it. Here it runs on a thread of its own, so that a long statement (a re-parse's writes, a
// big export page) holds this thread and not the API's event loop. Plain JavaScript: a worker
// does not inherit the main thread's TypeScript loader. The protocol is in ./protocol.ts.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { collectWhenIdle } from "../threads/idle-collect.mjs";
import { traceSlowCalls } from "./trace.mjs";

// Same value shapes on both backends: dates as "YYYY-MM-DD" strings, int8 (counts) as numbers.
const parsers = {
  1082: (value) => value,
  20: (value) => Number(value),
};

/** A thrown value that only asks pg.transaction to roll back. */
const ROLLBACK = Symbol("rollback");

/** The fields of an error worth sending back: message, name, SQLSTATE code, detail… */
function serialize(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const out = { message: error.message, name: error.name };
  for (const [key, value] of Object.entries(error)) {
    if (["string", "number", "boolean"].includes(typeof value)) out[key] = value;
  }
  return out;
}

const port = parentPort;
/** @type {PGlite} */
let pg;
try {
  pg = await PGlite.create({
    dataDir: workerData.dataDir,
    parsers,
    startParams: [
      ...PGlite.defaultStartParams,
      "-c",
      `shared_buffers=${workerData.sharedBuffers}`,
      // A new 16 MB WAL segment is zero-filled by default: one statement in every ~16 MB of
      // writes then held this thread for a second (at load 20; a re-parse's COMMIT, issue 13).
      // Without it the segment is only sized; PostgreSQL finds the end of the WAL by its records'
      // checksums, not by zeros (the setting exists for copy-on-write file systems).
      "-c",
      "wal_init_zero=off",
    ],
  });
  port.postMessage({ op: "ready" });
  // As in the API's other threads: one full collection once quiet (a busy spell of writes or
  // exports left its young generation at ~8 MB).
  collectWhenIdle();
} catch (error) {
  port.postMessage({ op: "failed", error: serialize(error) });
  port.close();
}

/**
 * Gives this thread's event loop a turn before each call into PostgreSQL. A statement resolves
 * its caller's promise in a microtask, so statements queued behind PGlite's lock (other callers'
 * reads waiting for a transaction to end) would otherwise run back to back without a turn, and a
 * `ping` would wait for all of them; with a turn between calls it waits for one at most.
 */
function yieldBetweenCalls(db) {
  const call = db.execProtocolRaw.bind(db);
  db.execProtocolRaw = async (message, options) => {
    await new Promise((resolve) => setImmediate(resolve));
    return call(message, options);
  };
}

/** Open transactions by id: their handle, and how to end them (true commits). */
const transactions = new Map();
/** How each transaction ended (settles after commit or rollback), by transaction id. */
const pending = new Map();

const reply = (id, promise) =>
  promise.then(
    (value) => port.postMessage({ id, ok: true, value }),
    (error) => port.postMessage({ id, ok: false, error: serialize(error) }),
  );

function handle(message) {
  const { id, op } = message;
  if (op === "ping") return port.postMessage({ id, ok: true, value: !pg.closed });
  if (op === "query") {
    const target = message.tx === undefined ? pg : transactions.get(message.tx)?.inner;
    if (!target) return reply(id, Promise.reject(new Error("No such transaction.")));
    return reply(
      id,
      target.query(message.sql, message.params).then((r) => ({ rows: r.rows })),
    );
  }
  if (op === "exec") {
    const target = message.tx === undefined ? pg : transactions.get(message.tx)?.inner;
    if (!target) return reply(id, Promise.reject(new Error("No such transaction.")));
    return reply(
      id,
      target.exec(message.sql).then(() => undefined),
    );
  }
  if (op === "executeSql") {
    // SQL a library brings (the job queue): several statements when there are no parameters.
    const run = message.params?.length
      ? pg
          .query(message.sql, message.params)
          .then((r) => ({ rows: r.rows, rowCount: r.affectedRows ?? r.rows.length }))
      : pg.exec(message.sql).then((results) => {
          const last = results.at(-1);
          return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
        });
    return reply(id, run);
  }
  if (op === "begin") {
    let begun = false;
    const done = pg.transaction(
      (inner) =>
        new Promise((resolve, reject) => {
          begun = true;
          transactions.set(message.tx, {
            inner,
            end: (commit) => (commit ? resolve() : reject(ROLLBACK)),
          });
          port.postMessage({ id, ok: true });
        }),
    );
    const settled = done.then(
      () => ({ ok: true }),
      (error) => (error === ROLLBACK ? { ok: true } : { ok: false, error }),
    );
    const entry = { settled };
    settled.then((outcome) => {
      transactions.delete(message.tx);
      if (!begun) port.postMessage({ id, ok: false, error: serialize(outcome.error) });
    });
    pending.set(message.tx, entry);
    return;
  }
  if (op === "end") {
    const tx = transactions.get(message.tx);
    const entry = pending.get(message.tx);
    pending.delete(message.tx);
    if (!tx || !entry) return reply(id, Promise.reject(new Error("No such transaction.")));
    tx.end(message.commit);
    return reply(
      id,
      entry.settled.then((outcome) => {
        if (!outcome.ok) throw outcome.error;
      }),
    );
  }
  if (op === "close") {
    return reply(id, pg.close()).finally(() => port.close());
  }
  port.postMessage({ id, ok: false, error: { message: `Unknown operation ${op}.` } });
}

if (pg) {
  yieldBetweenCalls(pg);
  const traceMs = Number(process.env.WHOSAID_PGLITE_TRACE_MS);
  if (traceMs > 0) traceSlowCalls(pg, traceMs);
  port.on("message", handle);
}
