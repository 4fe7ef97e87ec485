/**
 * Samples the memory of running API processes once a second: RSS from the OS, and the live heap
 * (main thread plus parser threads, after their latest full GC) from each process's `/health`.
 */
import { type ApiProcess, rssMb } from "@whosaid/api/bench";

export interface MemorySample {
  rssMb: number[];
  /** Per process; null until every thread of it has reported a full GC. */
  liveHeapMb: (number | null)[];
}

interface HealthMemory {
  memory: { liveHeapMb: number | null; parserLiveHeapMb: (number | null)[] };
}

async function liveHeap(api: ApiProcess): Promise<number | null> {
  const res = await fetch(new URL("/health", api.url));
  const { memory } = (await res.json()) as HealthMemory;
  const parts = [memory.liveHeapMb, ...memory.parserLiveHeapMb];
  if (parts.some((mb) => mb === null)) return null;
  return Math.round((parts as number[]).reduce((a, b) => a + b, 0) * 10) / 10;
}

/** Starts sampling; `stop()` ends it and returns the samples, one per second. */
export function sampleMemory(apis: ApiProcess[]): { stop(): Promise<MemorySample[]> } {
  const samples: Promise<MemorySample>[] = [];
  const timer = setInterval(() => {
    const rss = apis.map((a) => Math.round(rssMb(a.child.pid) * 10) / 10);
    samples.push(
      Promise.all(apis.map((a) => liveHeap(a).catch(() => null))).then((live) => ({
        rssMb: rss,
        liveHeapMb: live,
      })),
    );
  }, 1000);
  return {
    stop: () => {
      clearInterval(timer);
      return Promise.all(samples);
    },
  };
}

/** The samples as CSV: second, then RSS and live heap of each process. */
export function memoryCsv(samples: MemorySample[]): string {
  const n = samples[0]?.rssMb.length ?? 0;
  const head = ["second"];
  for (let i = 1; i <= n; i++) head.push(`api${i} RSS MB`, `api${i} live heap MB`);
  const lines = samples.map((s, t) =>
    [t + 1, ...s.rssMb.flatMap((rss, i) => [rss, s.liveHeapMb[i] ?? ""])].join(","),
  );
  return `${[head.join(","), ...lines].join("\n")}\n`;
}
