/**
 * API benchmark on loopback (autocannon): "all statements by Ukrainian officials" with first: 20
 * over an archive of N articles (default 5,000; `--api-articles=N` or WHOSAID_BENCH_API_ARTICLES,
 * 20,000 for the figure), beside `{ __typename }` on the same server, on PostgreSQL and on
 * PGlite. The API runs as its own process, as in production.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  hammer,
  ingestSamples,
  loadSamples,
  startApiProcess,
  UKRAINIAN_OFFICIALS,
} from "@whosaid/api/bench";
import { type Database, openDatabase, readDbEnv } from "@whosaid/db";
import { copyToSize, rowCount } from "@whosaid/db/bench";
import { createTestDatabase } from "@whosaid/db/testing";
import type { BenchRow } from "../index.ts";

export const name = "api";
export const description =
  "GraphQL requests/s, p50, p99: Ukrainian officials (first: 20) vs { __typename }";

function setting(args: string[], flag: string, envName: string, fallback: number): number {
  const raw = args.find((a) => a.startsWith(`--${flag}=`))?.split("=")[1] ?? process.env[envName];
  const n = Number(raw ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`api bench: bad ${flag} "${raw}"`);
  return n;
}

/** Ingests the samples for real, then copies them up to `articles`. */
async function build(
  db: Database,
  articles: number,
  samples: number,
): Promise<{ seconds: number; quotes: number }> {
  const start = performance.now();
  await ingestSamples(db, loadSamples().slice(0, samples));
  await copyToSize(db, articles);
  return { seconds: (performance.now() - start) / 1000, quotes: await rowCount(db, "quotes") };
}

async function measure(
  backend: string,
  env: Record<string, string>,
  articles: number,
  seconds: number,
) {
  const api = await startApiProcess(env);
  try {
    await hammer(api.url, UKRAINIAN_OFFICIALS, 2); // warm-up: plans, caches, JIT
    const trivial = await hammer(api.url, "{ __typename }", seconds);
    const officials = await hammer(api.url, UKRAINIAN_OFFICIALS, seconds);
    const ratio = officials["req/s"] / trivial["req/s"];
    return [
      { suite: name, case: `${backend}, { __typename }`, metrics: { ...trivial } },
      {
        suite: name,
        case: `${backend}, Ukrainian officials, first: 20, ${articles} articles`,
        metrics: { ...officials, "share of trivial": Number(ratio.toFixed(3)) },
        notes: "10 connections, API in its own process",
      },
    ] satisfies BenchRow[];
  } finally {
    await api.stop();
  }
}

export async function run(args: string[]): Promise<BenchRow[]> {
  const articles = setting(args, "api-articles", "WHOSAID_BENCH_API_ARTICLES", 5_000);
  const seconds = setting(args, "api-seconds", "WHOSAID_BENCH_API_SECONDS", 10);
  const samples = setting(args, "api-samples", "WHOSAID_BENCH_API_SAMPLES", 60);
  const rows: BenchRow[] = [];

  const temp = await createTestDatabase(readDbEnv().testDatabaseUrl).catch((error: Error) => error);
  if (temp instanceof Error) {
    rows.push({ suite: name, case: "PostgreSQL", metrics: {}, notes: `skipped: ${temp.message}` });
  } else {
    try {
      const db = await openDatabase({ url: temp.url });
      const built = await build(db, articles, samples).finally(() => db.close());
      rows.push({
        suite: name,
        case: `PostgreSQL, build ${articles} articles`,
        metrics: { ...built },
      });
      rows.push(
        ...(await measure(
          "PostgreSQL",
          { DATABASE_URL: temp.url, WHOSAID_DATA_DIR: "" },
          articles,
          seconds,
        )),
      );
    } finally {
      await temp.drop();
    }
  }

  const dataDir = mkdtempSync(join(tmpdir(), "whosaid-bench-api-"));
  try {
    const db = await openDatabase({ dataDir });
    const built = await build(db, articles, samples).finally(() => db.close());
    rows.push({ suite: name, case: `PGlite, build ${articles} articles`, metrics: { ...built } });
    rows.push(
      ...(await measure(
        "PGlite",
        { WHOSAID_DATA_DIR: dataDir, DATABASE_URL: "" },
        articles,
        seconds,
      )),
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}
