/**
 * `pnpm whosaid worker [--concurrency N]`: takes feed polls and article jobs from the job queue
 * until stopped (Ctrl-C or SIGTERM finish the jobs in hand). Start one per machine, or several,
 * all with the same DATABASE_URL: they share the jobs. Without DATABASE_URL it runs everything in
 * this one process on the embedded PGlite database.
 */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@whosaid/db";
import { createParserPool } from "@whosaid/ingest";
import { openJobQueue, startWorker } from "@whosaid/ingest/feeds";
import { cliEnv } from "../env.ts";

export const summary = "Poll followed feeds and fetch, parse and store their articles (job queue)";

const HELP = `Usage: pnpm whosaid worker [--concurrency N]

Runs until stopped; any number of workers on any number of machines share the jobs of one
DATABASE_URL. Settings from the environment: WHOSAID_FEED_USER_AGENT, WHOSAID_FEED_HOST_PER_MINUTE
(30), WHOSAID_ALLOW_PRIVATE_URLS (false), WHOSAID_QUEUE_RETRY_LIMIT (3),
WHOSAID_QUEUE_RETRY_DELAY_SECONDS (30, doubling), WHOSAID_QUEUE_EXPIRE_SECONDS (300: a killed
worker's job is retried after this), WHOSAID_QUEUE_POLLING_SECONDS (2).

Options:
  --concurrency N       Article jobs at once (default 2); parser threads: min(N, cores − 1)
  --data-dir DIR        PGlite data folder (default WHOSAID_DATA_DIR, else .whosaid/data)
  --database-url URL    PostgreSQL server (default DATABASE_URL)
  --quiet               No line per job`;

const OPTIONS = {
  concurrency: { type: "string" },
  "data-dir": { type: "string" },
  "database-url": { type: "string" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const concurrency = Number(values.concurrency ?? 2);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new Error(`--concurrency must be an integer ≥ 1 (got "${values.concurrency}").`);
  const env = cliEnv();
  const cwd = env.cwd;
  const db = await openDatabase({
    url: values["database-url"],
    dataDir: values["data-dir"] ? resolve(cwd, values["data-dir"]) : undefined,
    lock: { owner: "whosaid worker" },
    settings: env.db,
  });
  const threads = Math.max(1, Math.min(concurrency, availableParallelism() - 1));
  const parser = createParserPool({ threads, timeLimit: env.parseTimeLimit });
  const queue = await openJobQueue(db, env.queue);
  const started = (name: string, data: unknown) =>
    console.error(`[worker ${process.pid}] start ${name} ${JSON.stringify(data)}`);
  const log = values.quiet
    ? undefined
    : (name: string, outcome: unknown) =>
        console.error(`[worker ${process.pid}] ${name} ${JSON.stringify(outcome)}`);
  await startWorker(
    { db, parser, queue, fetch: env.feeds },
    {
      concurrency,
      onJob: log,
      onStart: values.quiet ? undefined : started,
    },
  );
  console.log(`whosaid worker ${process.pid} ready (${db.kind}, ${concurrency} at once).`);
  await new Promise<void>((done) => {
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
  console.error(`[worker ${process.pid}] stopping: finishing the jobs in hand…`);
  await queue.stop({ graceful: true });
  await parser.close();
  await db.close();
  return 0;
}
