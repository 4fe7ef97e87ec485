/**
 * `pnpm whosaid feeds add|list|remove URL [--every 15m]`: the feeds (RSS 2.0, Atom, news
 * sitemaps) that `whosaid worker` processes poll. Adding queues the feed's first poll.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { addFeedSource, listFeedSources, openDatabase, removeFeedSource } from "@whosaid/db";
import { checkUrl } from "@whosaid/ingest";
import { openJobQueue } from "@whosaid/ingest/feeds";
import { cliEnv } from "../env.ts";
import { formatInterval, parseInterval } from "../feeds/duration.ts";

export const summary = "Follow feeds: feeds add|list|remove URL [--every 15m] (see `worker`)";

const HELP = `Usage: pnpm whosaid feeds add URL [--every 15m]
       pnpm whosaid feeds list [--json]
       pnpm whosaid feeds remove URL

An RSS 2.0, Atom or news-sitemap URL; \`pnpm whosaid worker\` polls it every --every (default
15m) and stores each new article. Private and loopback addresses are refused unless
WHOSAID_ALLOW_PRIVATE_URLS=true.

Options:
  --every T             Poll interval: 90s, 15m, 2h, 1d (default 15m)
  --data-dir DIR        PGlite data folder (default WHOSAID_DATA_DIR, else .whosaid/data)
  --database-url URL    PostgreSQL server (default DATABASE_URL)
  --json                list: print JSON`;

const OPTIONS = {
  every: { type: "string" },
  "data-dir": { type: "string" },
  "database-url": { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const time = (d: Date | null) =>
  d ? new Date(d).toISOString().slice(0, 16).replace("T", " ") : "—";

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true });
  const [action, url] = positionals;
  const needsUrl = action === "add" || action === "remove";
  if (values.help || !["add", "list", "remove"].includes(action) || (needsUrl && !url)) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const every = parseInterval(values.every ?? "15m");
  const env = cliEnv();
  if (action === "add") checkUrl(url, env.feeds.allowPrivate);
  const cwd = env.cwd;
  const db = await openDatabase({
    url: values["database-url"],
    dataDir: values["data-dir"] ? resolve(cwd, values["data-dir"]) : undefined,
    lock: { owner: "whosaid feeds" },
    settings: env.db,
  });
  try {
    if (action === "add") {
      const source = await addFeedSource(db, url, every);
      const queue = await openJobQueue(db, env.queue);
      await queue.sendPoll({ sourceId: source.id });
      await queue.stop();
      console.log(`Following ${source.url} every ${formatInterval(every)} (id ${source.id}).`);
    } else if (action === "remove") {
      if (!(await removeFeedSource(db, url))) {
        console.error(`Not following ${url}.`);
        return 1;
      }
      console.log(`No longer following ${url}; its stored articles stay.`);
    } else {
      const sources = await listFeedSources(db);
      if (values.json) console.log(JSON.stringify(sources, null, 2));
      else if (!sources.length) console.log("No feeds yet: pnpm whosaid feeds add URL");
      for (const s of values.json ? [] : sources)
        console.log(
          `${s.paused ? "paused " : ""}${s.url}  every ${formatInterval(s.everySeconds)}  ` +
            `last ${time(s.lastPolledAt)} (${s.lastStatus ?? "never"})  next ${time(s.nextPollAt)}  ` +
            `${s.articlesFound} articles, ${s.failures} failures${s.lastError ? `  — ${s.lastError}` : ""}`,
        );
    }
    return 0;
  } finally {
    await db.close();
  }
}
