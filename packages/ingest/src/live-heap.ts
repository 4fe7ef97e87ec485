/**
 * The live JavaScript heap: heap in use right after the latest full garbage collection. RSS and
 * plain heap-used are sawtooths (garbage waits for the collector; freed pages go back to the OS
 * late), so a leak hides in them for minutes; the heap left after a full collection is what the
 * program still holds, and grows only when something leaks.
 */
import { constants, PerformanceObserver } from "node:perf_hooks";

/** Bytes as MB with one decimal. */
export const toMb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

let liveBytes: number | null = null;
let observer: PerformanceObserver | null = null;

/**
 * Starts watching full collections in this thread (once; later calls do nothing) and returns a
 * reader: MB live after the latest one, or null before the first.
 */
export function trackLiveHeap(): () => number | null {
  if (!observer) {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
        // The callback runs just after the collection: heapUsed is then (nearly) the live heap.
        if (kind === constants.NODE_PERFORMANCE_GC_MAJOR)
          liveBytes = process.memoryUsage().heapUsed;
      }
    });
    observer.observe({ entryTypes: ["gc"] });
  }
  return () => (liveBytes === null ? null : toMb(liveBytes));
}
