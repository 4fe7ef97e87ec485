/**
 * Mixed load (issue 8): 90% filtered quote queries, 10% ingests, 50 connections, two API
 * processes on one PostgreSQL. Three runs of the same load, back to back:
 *  - warm-up, 30 s (`--mixed-warmup=N`), not measured;
 *  - the measured load, 60 s (`--mixed-seconds=N` or WHOSAID_BENCH_MIXED_SECONDS): requests,
 *    errors, latency;
 *  - more of it, until memory has been watched for 180 s after warm-up (`--mixed-memory=N`).
 * Every run must end with zero errors and every acknowledged article stored exactly once. Memory
 * is judged on the live heap (after full GCs, main and parser threads, from /health): RSS is a
 * garbage-collection and allocator sawtooth with a 1–2 minute period that 60 s cannot tell from a
 * leak (memory-trend.test.ts); it is reported too. Every second's figures go to
 * bench-results/api-mixed-memory.csv.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  ingestSamples,
  loadSamples,
  type MixedOutcome,
  mixedLoad,
  startApiProcess,
} from "@whosaid/api/bench";
import { openDatabase, readDbEnv } from "@whosaid/db";
import { copyToSize, storedMarkers } from "@whosaid/db/bench";
import { createTestDatabase } from "@whosaid/db/testing";
import type { BenchRow } from "../index.ts";
import { type MemorySample, memoryCsv, sampleMemory } from "../memory-sampler.ts";
import { memoryTrend } from "../memory-trend.ts";

export const name = "api-mixed";
export const description =
  "60 s mixed load on two API processes (PostgreSQL): errors, exactly-once; memory over 180 s";

const memoryFile = join(import.meta.dirname, "../../../../../bench-results/api-mixed-memory.csv");

function seconds(args: string[], flag: string, fallback: number, min: number): number {
  const raw = args.find((a) => a.startsWith(`--${flag}=`))?.split("=")[1];
  const n = Number(raw ?? fallback);
  if (!Number.isInteger(n) || n < min) throw new Error(`api-mixed bench: bad --${flag} "${raw}"`);
  return n;
}

/** Counts acknowledged articles missing from the database or stored more than once. */
async function exactlyOnce(url: string, acknowledged: Set<string>) {
  const check = await openDatabase({ url });
  const stored = await storedMarkers(check);
  await check.close();
  return {
    "articles acknowledged": acknowledged.size,
    "articles missing": [...acknowledged].filter((m) => !stored.has(m)).length,
    "articles duplicated": [...stored.values()].filter((n) => n > 1).length,
  };
}

export async function run(args: string[]): Promise<BenchRow[]> {
  const env = Number(process.env.WHOSAID_BENCH_MIXED_SECONDS ?? 60);
  const duration = seconds(args, "mixed-seconds", env, 5);
  const warmUp = seconds(args, "mixed-warmup", 30, 0);
  const watched = Math.max(duration, seconds(args, "mixed-memory", 180, 3));
  const temp = await createTestDatabase(readDbEnv().testDatabaseUrl).catch((error: Error) => error);
  if (temp instanceof Error)
    return [{ suite: name, case: "PostgreSQL", metrics: {}, notes: `skipped: ${temp.message}` }];
  const token = randomBytes(16).toString("hex");
  const samples = loadSamples();
  try {
    const db = await openDatabase({ url: temp.url });
    await ingestSamples(db, samples.slice(0, 30));
    await copyToSize(db, 2_000);
    await db.close();
    const apiEnv = {
      DATABASE_URL: temp.url,
      WHOSAID_DATA_DIR: "",
      WHOSAID_INGEST_TOKEN: token,
      WHOSAID_MUTATIONS_PER_MINUTE: "10000000",
    };
    const apis = await Promise.all([startApiProcess(apiEnv), startApiProcess(apiEnv)]);
    try {
      const urls = apis.map((a) => a.url);
      let memory: MemorySample[] = [];
      const load = (s: number) => (s > 0 ? mixedLoad(urls, token, samples, s) : null);
      const warm = await load(warmUp);
      const sampler = sampleMemory(apis);
      let measured: MixedOutcome;
      let soak: MixedOutcome | null;
      try {
        measured = (await load(duration)) as MixedOutcome;
        soak = await load(watched - duration);
      } finally {
        memory = await sampler.stop();
      }
      mkdirSync(dirname(memoryFile), { recursive: true });
      writeFileSync(memoryFile, memoryCsv(memory));
      const runs = [warm, measured, soak].filter((r): r is MixedOutcome => r !== null);
      const acknowledged = new Set(runs.flatMap((r) => [...r.markers]));
      const stored = await exactlyOnce(temp.url, acknowledged);
      // Both processes together: what the host must provide.
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      const rss = memory.map((m) => sum(m.rssMb));
      const live = memory
        .filter((m) => m.liveHeapMb.every((mb) => mb !== null))
        .map((m) => sum(m.liveHeapMb as number[]));
      const { markers: _, ...figures } = measured;
      return [
        {
          suite: name,
          case: `2 processes, 50 connections, ${duration} s after ${warmUp} s warm-up`,
          metrics: {
            ...figures,
            "errors in other runs": (warm?.errors ?? 0) + (soak?.errors ?? 0),
          },
          notes: "requests and latency of the measured run; a fifth of ingests repeat earlier ones",
        },
        {
          suite: name,
          case: `exactly-once and memory, ${watched} s after warm-up`,
          metrics: {
            ...stored,
            ...memoryTrend(live, 1, { label: "live heap" }),
            ...memoryTrend(rss, 1, { label: "RSS" }),
          },
          notes: `articles over all ${warmUp + watched} s; memory of both API processes summed, each second; live heap: after full GCs, main and parser threads`,
        },
      ];
    } finally {
      await Promise.all(apis.map((a) => a.stop()));
    }
  } finally {
    await temp.drop();
  }
}
