/** One-client latency helpers for the serving benchmark: sequential requests, p50 and p99. */
import { readFileSync } from "node:fs";
import { rssMb } from "@whosaid/api/bench";

/** Posts one GraphQL query and returns its data; a response with errors throws. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Runs `send` `runs` times one after another (after `warmup` unmeasured runs): p50, p99, max. */
export async function latency(
  send: () => Promise<unknown>,
  runs: number,
  warmup = 10,
): Promise<{ "p50 ms": number; "p99 ms": number; "max ms": number; runs: number }> {
  for (let i = 0; i < warmup; i++) await send();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await send();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Number(n.toFixed(2));
  return {
    "p50 ms": round(percentile(times, 50)),
    "p99 ms": round(percentile(times, 99)),
    "max ms": round(times[times.length - 1]),
    runs,
  };
}

/** Streams a URL to its end, counting lines and sampling the server's RSS every 100 ms. */
export async function streamExport(
  url: string,
  pid: number | undefined,
): Promise<{
  rows: number;
  seconds: number;
  "rows/s": number;
  "RSS start MB": number;
  "RSS peak MB": number;
  "API CPU s": number;
}> {
  const start = performance.now();
  const cpuStart = cpuSeconds(pid);
  const rssStart = rssMb(pid);
  let peak = rssStart;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 100);
  let lines = 0;
  try {
    const response = await fetch(url);
    if (!response.body) throw new Error("export: no body");
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      // Rows end in \r\n; indexOf is native (a loop over every byte cost the client seconds).
      for (let i = chunk.indexOf(13); i !== -1; i = chunk.indexOf(13, i + 1)) lines++;
    }
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - start) / 1000;
  const rows = lines - 1; // the header
  return {
    rows,
    seconds: Number(seconds.toFixed(1)),
    "rows/s": Math.round(rows / seconds),
    "API CPU s": Number((cpuSeconds(pid) - cpuStart).toFixed(1)),
    "RSS start MB": Math.round(rssStart),
    "RSS peak MB": Math.round(peak),
  };
}

/** User + system CPU seconds of a process so far (Linux /proc; 0 elsewhere). */
export function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks
  } catch {
    return 0;
  }
}
