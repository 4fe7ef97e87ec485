/**
 * Feeds through the job queue: N generated article pages listed by one RSS feed on a test site
 * (127.0.0.1), taken by 1, 2 and 4 `whosaid worker` processes on a fresh PostgreSQL database each;
 * beside it the same N pages through the direct bulk ingest (the CLI pipeline), and the queue's
 * own cost per job (no-op jobs through pg-boss). `--feeds-n=N` (default 40).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { addFeedSource, type Database, openDatabase, originCounts, readDbEnv } from "@whosaid/db";
import { createTestDatabase } from "@whosaid/db/testing";
import { discover } from "@whosaid/ingest";
import { openJobQueue, queueSettingsFromEnv } from "@whosaid/ingest/feeds";
import { articleHtml, startFeedSites } from "@whosaid/ingest/testing/feeds";
import { waitFor } from "@whosaid/ingest/testing/wait";
import { ingestSources, sourcesOf } from "../../ingest/sources.ts";
import type { BenchRow } from "../index.ts";

export const name = "feeds-queue";
export const description = "articles/s through the job queue with 1, 2, 4 workers vs bulk ingest";

const main = join(dirname(fileURLToPath(import.meta.url)), "../../main.ts");
const load = () => `load ${loadavg()[0].toFixed(1)}`;

function spawnWorker(url: string): { child: ChildProcess; ready: () => boolean } {
  let ready = false;
  const child = spawn(process.execPath, ["--import", "tsx", main, "worker", "--quiet"], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      WHOSAID_ALLOW_PRIVATE_URLS: "true", // the test site is on loopback
      WHOSAID_FEED_HOST_PER_MINUTE: "100000",
      WHOSAID_QUEUE_RETRY_LIMIT: "0",
      WHOSAID_QUEUE_POLLING_SECONDS: "0.5",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout?.on("data", (d: Buffer) => {
    if (d.toString().includes("ready")) ready = true;
  });
  return { child, ready: () => ready };
}

async function throughQueue(workers: number, n: number): Promise<BenchRow> {
  const sites = await startFeedSites(n, 0);
  const temp = await createTestDatabase(readDbEnv().testDatabaseUrl);
  const db = await openDatabase({ url: temp.url, poolMax: 4 });
  const procs = Array.from({ length: workers }, () => spawnWorker(temp.url));
  try {
    for (const p of procs) await waitFor("a worker", async () => p.ready(), 180_000);
    const started = performance.now();
    // As `whosaid feeds add` does: follow the feed and queue its first poll.
    const source = await addFeedSource(db, `${sites.a}/news.rss`, 3600);
    const queue = await openJobQueue(db, queueSettingsFromEnv());
    await queue.sendPoll({ sourceId: source.id });
    await queue.stop();
    const done = async () => (await originCounts(db)).length >= n;
    await waitFor(`${n} articles`, done, 1_800_000);
    const seconds = (performance.now() - started) / 1000;
    return {
      suite: name,
      case: `queue, ${workers} worker${workers > 1 ? "s" : ""}, ${n} articles`,
      metrics: { "articles/s": n / seconds, seconds },
      notes: `PostgreSQL; each worker 2 jobs at once, 1 parser thread; ${load()}`,
    };
  } finally {
    for (const p of procs) p.child.kill("SIGTERM");
    await Promise.all(procs.map((p) => new Promise((r) => p.child.once("exit", r))));
    await db.close();
    await temp.drop();
    await sites.close();
  }
}

async function bulk(n: number): Promise<BenchRow> {
  const dir = mkdtempSync(join(tmpdir(), "whosaid-bench-feeds-"));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `a${i}.html`), articleHtml(i));
  const temp = await createTestDatabase(readDbEnv().testDatabaseUrl);
  const db = await openDatabase({ url: temp.url });
  try {
    const concurrency = availableParallelism();
    const result = await ingestSources(db, sourcesOf(discover([dir])), {
      concurrency,
      batchSize: 50,
    });
    return {
      suite: name,
      case: `direct bulk ingest, ${n} articles`,
      metrics: { "articles/s": result.created / result.seconds, seconds: result.seconds },
      notes: `PostgreSQL; ${concurrency} parser threads, batches of 50; ${load()}`,
    };
  } finally {
    await db.close();
    await temp.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The queue's own cost per job: send one job, then fetch and complete it (what a worker does
 * around each handler), one after another. A `work` loop also waits out the polling interval
 * after a job shorter than it, so fast jobs run at most 1/interval per loop; article jobs take
 * seconds, so that floor does not bind them.
 */
async function overhead(db: Database, jobs: number): Promise<BenchRow> {
  const queue = await openJobQueue(db, { ...queueSettingsFromEnv(), pollingSeconds: 0.5 });
  const { boss } = queue;
  try {
    await boss.createQueue("bench-noop", { name: "bench-noop" });
    let started = performance.now();
    for (let i = 0; i < jobs; i++) await boss.send("bench-noop", { i });
    const sendMs = (performance.now() - started) / jobs;
    started = performance.now();
    for (let i = 0; i < jobs; i++) {
      const [job] = await boss.fetch("bench-noop");
      await boss.complete("bench-noop", job.id);
    }
    const takeMs = (performance.now() - started) / jobs;
    return {
      suite: name,
      case: `queue overhead, ${jobs} no-op jobs, one after another`,
      metrics: {
        "send ms/job": sendMs,
        "fetch+complete ms/job": takeMs,
        "ms/job": sendMs + takeMs,
      },
      notes: `PostgreSQL; ${load()}`,
    };
  } finally {
    await queue.stop({ graceful: false });
  }
}

export async function run(args: string[]): Promise<BenchRow[]> {
  const flag = args.find((a) => a.startsWith("--feeds-n="))?.split("=")[1];
  const n = Number(flag ?? 40);
  const rows: BenchRow[] = [];
  if (!args.includes("--feeds-overhead-only")) {
    rows.push(await bulk(n));
    for (const workers of [1, 2, 4]) rows.push(await throughQueue(workers, n));
  }
  const temp = await createTestDatabase(readDbEnv().testDatabaseUrl);
  const db = await openDatabase({ url: temp.url });
  try {
    rows.push(await overhead(db, 200));
  } finally {
    await db.close();
    await temp.drop();
  }
  return rows;
}
