/**
 * Ingest benchmark: N articles (default 10,000; `--ingest-n=N` or WHOSAID_BENCH_INGEST_N) made from
 * the bundled samples, each with a unique marker line so that its content hash is new, ingested
 * with the CLI's pipeline (worker-thread parsing, batched transactions) into a fresh PGlite folder
 * and a fresh PostgreSQL database; then ingested again to time the idempotent re-run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { distinctCopy } from "@whosaid/api/bench";
import { type Database, openDatabase, readDbEnv, storedTotals } from "@whosaid/db";
import { createTestDatabase } from "@whosaid/db/testing";
import { discover } from "@whosaid/ingest";
import { createReporter } from "../../ingest/progress.ts";
import { ingestSources, sourcesOf } from "../../ingest/sources.ts";
import type { BenchRow } from "../index.ts";

export const name = "ingest";
export const description = "articles/s into PGlite and PostgreSQL (CLI pipeline, fresh databases)";

const samples = join(import.meta.dirname, "../../../../../samples");

function articleCount(args: string[]): number {
  const flag = args.find((a) => a.startsWith("--ingest-n="))?.split("=")[1];
  const n = Number(flag ?? process.env.WHOSAID_BENCH_INGEST_N ?? 10_000);
  if (!Number.isInteger(n) || n < 1) throw new Error(`ingest bench: bad article count "${flag}"`);
  return n;
}

/** Writes N distinct articles as JSON Lines; returns the file's folder. */
function makeCorpus(n: number): string {
  const base = readFileSync(join(samples, "wikinews.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, string>);
  base.push({
    id: "kherson",
    text: readFileSync(join(samples, "articles/nbc-ukraine-kherson.txt"), "utf8"),
  });
  const dir = mkdtempSync(join(tmpdir(), "whosaid-bench-ingest-"));
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = base[i % base.length];
    lines.push(
      JSON.stringify({
        ...a,
        id: `${a.id}-${i}`,
        text: distinctCopy(a.text, `Benchmark copy ${i}.`),
      }),
    );
  }
  writeFileSync(join(dir, "corpus.jsonl"), `${lines.join("\n")}\n`);
  return dir;
}

async function measure(label: string, db: Database, dir: string, n: number): Promise<BenchRow> {
  const units = discover([dir]);
  const options = { concurrency: availableParallelism(), batchSize: 50 };
  const reporter = createReporter(n, { tty: !!process.stdout.isTTY, verbose: false });
  const first = await ingestSources(db, sourcesOf(units), {
    ...options,
    onEvent: reporter.onEvent,
  });
  reporter.stop();
  const again = await ingestSources(db, sourcesOf(units), options);
  const totals = await storedTotals(db);
  return {
    suite: name,
    case: `${label}, ${n} articles`,
    metrics: {
      "articles/s": first.created / first.seconds,
      seconds: first.seconds,
      "re-run articles/s": n / again.seconds,
      "re-run new": again.created,
      people: totals.people,
      quotes: totals.quotes,
      errors: first.errors.length,
    },
    notes: [
      `${options.concurrency} parser threads, batches of ${options.batchSize}`,
      ...first.errors.slice(0, 3).map((e) => `error: ${e.reason}`),
    ].join("; "),
  };
}

export async function run(args: string[]): Promise<BenchRow[]> {
  const n = articleCount(args);
  const corpus = makeCorpus(n);
  const rows: BenchRow[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), "whosaid-bench-pglite-"));
  try {
    const db = await openDatabase({ dataDir });
    try {
      rows.push(await measure("PGlite (folder)", db, corpus, n));
    } finally {
      await db.close();
    }
    const temp = await createTestDatabase(readDbEnv().testDatabaseUrl).catch(
      (error: Error) => error,
    );
    if (temp instanceof Error) {
      rows.push({
        suite: name,
        case: `PostgreSQL, ${n} articles`,
        metrics: {},
        notes: `skipped: ${temp.message}`,
      });
    } else {
      const pg = await openDatabase({ url: temp.url });
      try {
        rows.push(await measure("PostgreSQL", pg, corpus, n));
      } finally {
        await pg.close();
        await temp.drop();
      }
    }
  } finally {
    rmSync(corpus, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}
