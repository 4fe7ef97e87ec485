/**
 * Mixed load (issue 8): 90% filtered quote queries, 10% ingests, 50 connections, two API
 * processes on one PostgreSQL, for 60 s (`--mixed-seconds=N` or WHOSAID_BENCH_MIXED_SECONDS).
 * Checks zero errors, every acknowledged article stored exactly once, and that memory stays flat
 * after warm-up (`memory-trend.ts`).
 */
import { randomBytes } from "node:crypto";
import {
  copyToSize,
  ingestSamples,
  loadSamples,
  mixedLoad,
  rssMb,
  startApiProcess,
} from "@whosaid/api/bench";
import { openDatabase, readDbEnv } from "@whosaid/db";
import { createTestDatabase } from "@whosaid/db/testing";
import type { BenchRow } from "../index.ts";
import { memoryTrend } from "../memory-trend.ts";

export const name = "api-mixed";
export const description =
  "60 s mixed load on two API processes (PostgreSQL): errors, exactly-once, memory";

function seconds(args: string[]): number {
  const raw =
    args.find((a) => a.startsWith("--mixed-seconds="))?.split("=")[1] ??
    process.env.WHOSAID_BENCH_MIXED_SECONDS;
  const n = Number(raw ?? 60);
  if (!Number.isInteger(n) || n < 5) throw new Error(`api-mixed bench: bad duration "${raw}"`);
  return n;
}

export async function run(args: string[]): Promise<BenchRow[]> {
  const duration = seconds(args);
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
    const env = { DATABASE_URL: temp.url, WHOSAID_DATA_DIR: "", WHOSAID_INGEST_TOKEN: token };
    const apis = await Promise.all([
      startApiProcess({ ...env, WHOSAID_MUTATIONS_PER_MINUTE: "10000000" }),
      startApiProcess({ ...env, WHOSAID_MUTATIONS_PER_MINUTE: "10000000" }),
    ]);
    try {
      const memory: number[][] = [];
      const sampler = setInterval(() => memory.push(apis.map((a) => rssMb(a.child.pid))), 1000);
      const outcome = await mixedLoad(
        apis.map((a) => a.url),
        token,
        samples,
        duration,
      ).finally(() => clearInterval(sampler));
      const check = await openDatabase({ url: temp.url });
      const { rows } = await check.query<{ marker: string; n: number }>(
        `SELECT substring(body from 'Load marker ([a-z0-9]+)\\.') AS marker, count(*)::int AS n
         FROM articles WHERE body LIKE '%Load marker %' GROUP BY 1`,
      );
      await check.close();
      const stored = new Map(rows.map((r) => [r.marker, r.n]));
      const missing = [...outcome.markers].filter((m) => !stored.has(m)).length;
      const duplicated = rows.filter((r) => r.n > 1).length;
      // Both processes together: what the host must provide.
      const total = memory.map((pair) => pair.reduce((a, b) => a + b, 0));
      const { markers: _, ...figures } = outcome;
      return [
        {
          suite: name,
          case: `2 processes, 50 connections, ${duration} s`,
          metrics: {
            ...figures,
            "articles acknowledged": outcome.markers.size,
            "articles missing": missing,
            "articles duplicated": duplicated,
            ...memoryTrend(total, 1),
          },
          notes:
            "RSS summed over both API processes, sampled each second, the first third is warm-up; a fifth of ingests repeat earlier content",
        },
      ];
    } finally {
      await Promise.all(apis.map((a) => a.stop()));
    }
  } finally {
    await temp.drop();
  }
}
