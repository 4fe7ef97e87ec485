// Diagnostics for the PGlite thread (WHOSAID_PGLITE_TRACE_MS=50): logs to stderr each call into
// PostgreSQL longer than that with the first 80 characters of its SQL, and each stretch in which
// this thread's event loop got no turn (a `ping` waited) with the longest calls run in it.

const decoder = new TextDecoder();

/** The SQL of a simple query ("Q") or a parse ("P": a statement name, then the SQL), else null. */
function sqlOf(bytes) {
  const type = String.fromCharCode(bytes[0]);
  if (type !== "Q" && type !== "P") return null;
  let at = 5;
  if (type === "P") at = bytes.indexOf(0, at) + 1;
  return decoder
    .decode(bytes.subarray(at, bytes.indexOf(0, at)))
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80);
}

/** Wraps `pg`'s synchronous protocol call to time it; reports as described above. */
export function traceSlowCalls(pg, thresholdMs) {
  let current = "";
  let ran = [];
  const sync = pg.execProtocolRawSync.bind(pg);
  // WAL segments in the data folder: a call that adds one wrote (and zero-filled) a new one.
  const segments = () => {
    try {
      return pg.mod.FS.readdir("/pglite/data/pg_wal").filter((f) => /^[0-9A-F]{24}$/.test(f))
        .length;
    } catch {
      return 0;
    }
  };
  pg.execProtocolRawSync = (bytes) => {
    current = sqlOf(bytes) ?? current;
    const before = segments();
    const start = performance.now();
    try {
      return sync(bytes);
    } finally {
      const added = segments() - before;
      ran.push([performance.now() - start, added ? `${current} (+${added} WAL segment)` : current]);
    }
  };
  const tick = 10;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    const stretch = now - last - tick;
    const at = new Date().toISOString().slice(11, 23);
    const write = (line) => process.stderr.write(`[pglite ${at}] ${line}\n`);
    for (const [ms, sql] of ran) if (ms > thresholdMs) write(`call ${ms.toFixed(0)} ms: ${sql}`);
    if (stretch > thresholdMs) {
      const top = ran.toSorted((a, b) => b[0] - a[0]).slice(0, 3);
      const list = top.map(([ms, sql]) => `${ms.toFixed(0)} ms ${sql}`).join(" | ");
      write(`no turn for ${stretch.toFixed(0)} ms, ${ran.length} calls: ${list}`);
    }
    ran = [];
    last = now;
  }, tick).unref();
}
