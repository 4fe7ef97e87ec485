/**
 * The whole feed path in one process on embedded PGlite (the default setup): the same pg-boss
 * queue and handlers as on a PostgreSQL server, against test sites on 127.0.0.1.
 */
import {
  addFeedSource,
  type Database,
  listFeedSources,
  listIngestFailures,
  openDatabase,
  originCounts,
} from "@whosaid/db";
import { countArticles, statementsByArticleIds } from "@whosaid/db/read";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FeedSites, startFeedSites } from "../../test/feed-server.ts";
import { waitFor } from "../../test/wait.ts";
import { politeFetch } from "../feeds/polite.ts";
import { feedSettingsFromEnv } from "../feeds/settings.ts";
import { createParserPool, type ParserPool } from "../parse/pool.ts";
import { type JobQueue, openJobQueue } from "../queue/open.ts";
import { startWorker } from "./run.ts";

let db: Database;
let parser: ParserPool;
let queue: JobQueue;
let sites: FeedSites;

beforeAll(async () => {
  sites = await startFeedSites(3, 2);
  db = await openDatabase({ memory: true });
  parser = createParserPool({ threads: 1 });
  queue = await openJobQueue(db, {
    retryLimit: 1,
    retryDelaySeconds: 1,
    expireSeconds: 60,
    pollingSeconds: 0.5,
    maintenanceSeconds: 5,
  });
}, 60_000);

afterAll(async () => {
  await queue?.stop({ graceful: false });
  await parser?.close();
  await db?.close();
  await sites?.close();
});

describe("following feeds in process on PGlite", () => {
  it("refuses the test sites' loopback address unless private addresses are allowed", async () => {
    const production = feedSettingsFromEnv({});
    expect(production.allowPrivate).toBe(false);
    await expect(politeFetch(db, `${sites.a}/news.rss`, production)).rejects.toMatchObject({
      code: "URL_FORBIDDEN",
    });
  });

  it("stores every listed article once, dead-letters the broken page, and keeps polling", async () => {
    // Allowed explicitly, by the same switch an operator would set for intranet feeds.
    const fetch = {
      ...feedSettingsFromEnv({ WHOSAID_ALLOW_PRIVATE_URLS: "true" }),
      perHostPerMinute: 120,
    };
    for (const feed of ["/news.rss", "/world.atom"]) await addFeedSource(db, sites.a + feed, 2);
    await addFeedSource(db, `${sites.b}/news-sitemap.xml`, 2);
    await startWorker({ db, parser, queue, fetch }, { concurrency: 2 });

    const stored = async (n: number) => (await originCounts(db)).length >= n;
    await waitFor("the first articles", () => stored(sites.articleUrls().length), 90_000);
    sites.publish(); // a new item between polls
    await waitFor("the published article", () => stored(sites.articleUrls().length), 60_000);
    const deadLetters = async () => {
      const list = await listIngestFailures(db);
      return list.length >= 2 ? list : null;
    };
    const failures = await waitFor("the dead letters", deadLetters, 60_000);

    const origins = await originCounts(db);
    expect(origins.map((o) => o.url).sort()).toEqual(sites.articleUrls().sort());
    expect(origins.every((o) => o.articles === 1)).toBe(true);
    expect(await countArticles(db, null)).toBe(sites.articleUrls().length);
    // The broken page after its retries, with the parser's reason; the page robots.txt
    // disallows (Disallow: /private/) at once, never fetched.
    const reasons = Object.fromEntries(failures.map((f) => [f.url.replace(sites.a, ""), f.reason]));
    expect(failures).toHaveLength(2);
    expect(reasons["/articles/broken"]).toMatch(/^NO_ARTICLE: /);
    expect(reasons["/private/1"]).toMatch(/robots\.txt .* disallows \/private\/1/);

    await waitFor("a 304 to the Atom feed", async () => (sites.counts[304] ?? 0) > 0, 30_000);
    expect(sites.counts[429]).toBeGreaterThan(0);
    const sources = await listFeedSources(db);
    expect(sources.find((s) => s.url.endsWith("/world.atom"))?.etag).toBe('"world-1"');
    expect(sources.reduce((n, s) => n + s.articlesFound, 0)).toBe(sites.articleUrls().length);

    const ids = (await db.query<{ id: string }>("SELECT id FROM articles")).rows.map((r) => r.id);
    const statements = await statementsByArticleIds(db, ids);
    expect(statements.every((list) => list.length > 0)).toBe(true);
  }, 240_000);
});
