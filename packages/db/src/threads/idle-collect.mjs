/**
 * A full garbage collection once a thread has gone quiet, so that an idle process gives back the
 * memory of its busy minutes. V8 keeps the young generation at the size its busiest moment needed
 * (up to 32 MB a thread, nearly empty at idle) and collects the old generation only when it grows;
 * a collection made after about 5 s of little allocation also shrinks the young generation (V8
 * reduces it when the allocation rate is low). Measured in the API's parser thread after one parse:
 * 53 → 1 MB of young generation. A collection costs ~20–60 ms of this thread, at most once per
 * quiet spell that follows work. Plain JavaScript, so that the PGlite thread and tsx's module
 * loader thread (which run no TypeScript) use it too; types in idle-collect.d.mts.
 */
import { performance } from "node:perf_hooks";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** @type {(() => void) | null} */
let gcFunction = null;

/** V8's `gc()` without starting Node with `--expose-gc`: the flag is set only while a context is
 * made to hand out the function, so that no other context gets a global `gc`. */
function fullGc() {
  if (!gcFunction) {
    setFlagsFromString("--expose-gc");
    try {
      gcFunction = runInNewContext("gc");
    } finally {
      setFlagsFromString("--no-expose-gc");
    }
  }
  return gcFunction;
}

/**
 * Starts watching this thread (its event loop's utilisation and its heap); returns a function
 * that stops watching. The timer does not keep the thread alive.
 * @param {import("./idle-collect.d.mts").IdleCollectOptions} [options]
 * @returns {() => void}
 */
export function collectWhenIdle(options = {}) {
  const everyMs = options.everyMs ?? 5000;
  const quietBelow = options.quietBelow ?? 0.02;
  const minGrowth = (options.minGrowthMb ?? 4) * 1024 * 1024;
  const gc = fullGc();
  let last = performance.eventLoopUtilization();
  let quietLooks = 0;
  let afterLast = 0;
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const quiet = performance.eventLoopUtilization(now, last).utilization < quietBelow;
    last = now;
    quietLooks = quiet ? quietLooks + 1 : 0;
    if (quietLooks < 2 || getHeapStatistics().total_physical_size < afterLast + minGrowth) return;
    gc();
    afterLast = getHeapStatistics().total_physical_size;
    quietLooks = 0;
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
