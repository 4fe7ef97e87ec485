import { constants, PerformanceObserver } from "node:perf_hooks";
import { afterEach, describe, expect, it } from "vitest";
import { collectWhenIdle } from "./idle-collect.mjs";

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Counts this thread's full collections while `during` runs. */
async function fullCollections(during: () => Promise<void>): Promise<number> {
  let count = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) count++;
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  try {
    await during();
    await sleep(20); // gc entries are delivered after the collection
  } finally {
    observer.disconnect();
  }
  return count;
}

let stop = () => {};
afterEach(() => stop());

describe("collectWhenIdle", () => {
  it("collects after two quiet looks", async () => {
    stop = collectWhenIdle({ everyMs: 40, minGrowthMb: 1 });
    // (The test runner's own allocations may earn a second one within the 200 ms.)
    expect(await fullCollections(() => sleep(200))).toBeGreaterThanOrEqual(1);
  });

  it("does not collect while the thread is busy", async () => {
    stop = collectWhenIdle({ everyMs: 40, minGrowthMb: 0 });
    const busy = async () => {
      const end = Date.now() + 250;
      // Busy in slices, so that the timer runs and sees a loaded event loop each time.
      while (Date.now() < end) {
        const slice = Date.now() + 30;
        while (Date.now() < slice);
        await new Promise((r) => setImmediate(r));
      }
    };
    expect(await fullCollections(busy)).toBe(0);
  });

  it("does not collect when the heap has not grown enough since the last time", async () => {
    stop = collectWhenIdle({ everyMs: 40, minGrowthMb: 100_000 });
    expect(await fullCollections(() => sleep(200))).toBe(0);
  });
});
