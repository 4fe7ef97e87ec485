/**
 * Issue 20's "done when": three `whosaid worker` processes share one PostgreSQL database's job
 * queue against test sites on 127.0.0.1 (new items between polls, a feed answering 304, a host
 * answering 429, a broken article page). One worker is killed mid-job; in the end every article
 * is stored exactly once, the broken page is in the dead-letter list with its reason, and the
 * statements are in the views.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  addFeedSource,
  type Database,
  listFeedSources,
  listIngestFailures,
  openDatabase,
  originCounts,
  readDbEnv,
} from "@whosaid/db";
import { countArticles, statementsByArticleIds } from "@whosaid/db/read";
import { createTestDatabase, testDatabases } from "@whosaid/db/testing";
import { type FeedSites, startFeedSites } from "@whosaid/ingest/testing/feeds";
import { waitFor } from "@whosaid/ingest/testing/wait";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const main = join(dirname(fileURLToPath(import.meta.url)), "../main.ts");
const postgres = (await testDatabases()).find((b) => b.name === "postgres");

interface Worker {
  child: ChildProcess;
  log: string[];
  exited: Promise<number | null>;
}

function startWorker(url: string): Worker {
  const child = spawn(process.execPath, ["--import", "tsx", main, "worker", "--concurrency", "2"], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      // The test sites are on loopback; production refuses it (see the first test below).
      WHOSAID_ALLOW_PRIVATE_URLS: "true",
      WHOSAID_FEED_HOST_PER_MINUTE: "600",
      WHOSAID_QUEUE_RETRY_LIMIT: "2",
      WHOSAID_QUEUE_RETRY_DELAY_SECONDS: "1",
      WHOSAID_QUEUE_EXPIRE_SECONDS: "30",
      WHOSAID_QUEUE_POLLING_SECONDS: "0.5",
      WHOSAID_QUEUE_MAINTENANCE_SECONDS: "2",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  for (const stream of [child.stdout, child.stderr])
    stream?.on("data", (chunk: Buffer) => log.push(...chunk.toString().split("\n")));
  const exited = new Promise<number | null>((done) => child.once("exit", done));
  return { child, log, exited };
}

describe.skipIf(postgres?.skipReason)("three worker processes on one PostgreSQL database", () => {
  let sites: FeedSites;
  let temp: { url: string; drop(): Promise<void> };
  let db: Database;
  const workers: Worker[] = [];

  beforeAll(async () => {
    sites = await startFeedSites(4, 2, 1500);
    temp = await createTestDatabase(readDbEnv().testDatabaseUrl);
    db = await openDatabase({ url: temp.url, poolMax: 2 });
  });

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill("SIGTERM");
    await Promise.all(workers.map((w) => w.exited));
    await db?.close();
    await temp?.drop();
    await sites?.close();
  });

  it("share the feeds' jobs, survive a killed worker, and store each article once", async () => {
    for (const feed of ["/news.rss", "/world.atom"]) await addFeedSource(db, sites.a + feed, 3);
    await addFeedSource(db, `${sites.b}/news-sitemap.xml`, 3);
    for (let i = 0; i < 3; i++) workers.push(startWorker(temp.url));
    const ready = (w: Worker) => async () => w.log.some((l) => l.includes("ready"));
    for (const w of workers)
      await waitFor("a worker to start", ready(w), 120_000).catch((error) => {
        throw new Error(`${error.message}; its output:\n${w.log.join("\n").slice(-3000)}`);
      });

    // Kill the first worker while it holds an article job (host A's pages answer after 1.5 s).
    const [victim] = workers;
    const busy = async () => victim.log.some((l) => l.includes("start article"));
    await waitFor("the first worker to take an article job", busy, 120_000);
    victim.child.kill("SIGKILL");
    await victim.exited;
    sites.publish(); // a new item between polls

    const stored = async () => (await originCounts(db)).length >= sites.articleUrls().length;
    await waitFor("every article", stored, 180_000);
    const dead = async () => ((await listIngestFailures(db)).length >= 2 ? true : null);
    await waitFor("the dead letters", dead, 60_000);

    const origins = await originCounts(db);
    expect(origins.map((o) => o.url).sort()).toEqual(sites.articleUrls().sort());
    expect(origins.every((o) => o.articles === 1)).toBe(true);
    expect(await countArticles(db, null)).toBe(sites.articleUrls().length);
    const failures = await listIngestFailures(db);
    const reasons = Object.fromEntries(failures.map((f) => [f.url.replace(sites.a, ""), f.reason]));
    expect(reasons).toEqual({
      "/articles/broken": expect.stringMatching(/^NO_ARTICLE: /),
      "/private/1": expect.stringMatching(/robots\.txt/),
    });
    expect(reasons["/articles/broken"]).toMatch(/^NO_ARTICLE: /);

    await waitFor("a 304 to the Atom feed", async () => (sites.counts[304] ?? 0) > 0, 30_000);
    expect(sites.counts[429]).toBeGreaterThan(0);
    const sources = await listFeedSources(db);
    expect(sources.every((s) => s.lastPolledAt !== null)).toBe(true);
    // The jobs were shared: more than one process took article jobs.
    const took = workers.filter((w) => w.log.some((l) => l.includes("start article")));
    expect(took.length).toBeGreaterThan(1);

    const ids = (await db.query<{ id: string }>("SELECT id FROM articles")).rows.map((r) => r.id);
    const statements = await statementsByArticleIds(db, ids);
    expect(statements.every((list) => list.length > 0)).toBe(true);
  }, 420_000);
});
