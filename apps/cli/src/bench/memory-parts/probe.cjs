// Preloaded into every thread of a process under study (`NODE_OPTIONS="-r …/probe.cjs"`, with
// WHOSAID_MEMORY_PROBE_DIR set): every 2 s, writes this thread's V8 heap figures and what the
// thread is (main, the PGlite thread, a parser thread, tsx's loader…) to a file of its own.
const { isMainThread, threadId, workerData } = require("node:worker_threads");
const { writeFileSync } = require("node:fs");
const v8 = require("node:v8");

const dir = process.env.WHOSAID_MEMORY_PROBE_DIR;

function role() {
  if (isMainThread) return "main thread";
  if (workerData && typeof workerData === "object" && "sharedBuffers" in workerData)
    return "PGlite thread";
  const entry = process.argv[1] ?? "";
  if (entry.includes("piscina")) return "parser thread";
  if (entry.includes("esbuild")) return "esbuild's sync-service thread";
  return "module loader thread (tsx)";
}

if (dir) {
  const write = () => {
    const heap = v8.getHeapStatistics();
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
    writeFileSync(
      `${dir}/${process.pid}-${threadId}.json`,
      JSON.stringify({
        role: role(),
        threadId,
        physicalMb: heap.total_physical_size / 2 ** 20,
        usedMb: heap.used_heap_size / 2 ** 20,
        youngMb: (young?.physical_space_size ?? 0) / 2 ** 20,
        externalMb: heap.external_memory / 2 ** 20,
      }),
    );
  };
  setInterval(write, 2000).unref();
}
