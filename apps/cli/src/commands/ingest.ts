/**
 * `pnpm whosaid ingest PATH|URL…`: parses articles (files, folders, .jsonl, .csv, web pages) on worker threads and
 * stores them in batched transactions; idempotent by content, so a re-run or a resumed run only
 * adds what is missing. `--api URL` sends them to a running API instead (token from
 * WHOSAID_INGEST_TOKEN or `--token`), waiting out rate limits. Progress goes to stderr, the summary
 * to stdout.
 */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@whosaid/db";
import { discover, type IngestSummary } from "@whosaid/ingest";
import { cliEnv } from "../env.ts";
import { runApiIngest } from "../ingest/api.ts";

import { createReporter } from "../ingest/progress.ts";
import { ingestSources, isUrlArgument, sourcesOf } from "../ingest/sources.ts";
import { printSummary } from "../ingest/summary.ts";

export const summary =
  "Parse and store articles: files, folders, .jsonl, .csv, URLs (idempotent, resumable)";

const HELP = `Usage: pnpm whosaid ingest [options] PATH|URL…

PATH: .txt/.html files, folders (searched recursively), .jsonl (one {"id","text"|"html","url",
"source","publishedAt","format"} per line) or .csv (a "text" or "html" column).
URL: an http(s) address; the page is fetched and its article ingested.

Options:
  --data-dir DIR        PGlite data folder (default WHOSAID_DATA_DIR, else .whosaid/data)
  --database-url URL    PostgreSQL server (default DATABASE_URL)
  --api URL             Send articles to a running API (e.g. http://localhost:4000/graphql);
                        waits and retries when rate limited or the API is briefly unavailable
  --token T             The API's ingest token (default WHOSAID_INGEST_TOKEN, which keeps it
                        out of the command line that pnpm echoes; \`pnpm start\` keeps one in
                        .whosaid/ingest-token)
  --concurrency N       Parser threads (default: one per core)
  --batch N             Articles per transaction (default 50)
                        A parse is stopped (the article refused as PARSE_TIMEOUT) past
                        WHOSAID_PARSE_TIME_BASE_MS (20000) + WHOSAID_PARSE_TIME_PER_MB_MS
                        (40000) per million characters
  --verbose             One line per article even for large runs
  --json                Print the summary as JSON (stdout holds only the JSON; progress goes to
                        stderr)`;

const OPTIONS = {
  "data-dir": { type: "string" },
  "database-url": { type: "string" },
  api: { type: "string" },
  token: { type: "string" },
  concurrency: { type: "string" },
  batch: { type: "string" },
  verbose: { type: "boolean" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function positiveInt(value: string | undefined, name: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} must be an integer ≥ ${min} (got "${value}").`);
  return n;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true });
  if (values.help || positionals.length === 0) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const env = cliEnv();
  const cwd = env.cwd;
  const urls = positionals.filter(isUrlArgument);
  const paths = positionals.filter((p) => !isUrlArgument(p));
  const units = discover(paths.map((p) => resolve(cwd, p)));
  const sources = sourcesOf(units, urls);
  const total = sources.total;
  const concurrency = positiveInt(
    values.concurrency,
    "concurrency",
    Math.min(availableParallelism(), Math.max(1, total)),
  );
  const batchSize = positiveInt(values.batch, "batch", 50);
  // Created once the database is open, so that its rate and ETA do not count the opening.
  const newReporter = () =>
    createReporter(total, {
      tty: !!process.stderr.isTTY,
      verbose: !!values.verbose,
    });
  let result: IngestSummary;
  if (values.api) {
    const token = values.token ?? env.ingestToken;
    if (!token)
      throw new Error(
        "--api needs a token: set WHOSAID_INGEST_TOKEN (pnpm start keeps one in .whosaid/ingest-token) or pass --token.",
      );
    const reporter = newReporter();
    try {
      const options = {
        concurrency: Math.max(1, concurrency),
        onEvent: reporter.onEvent,
        onRetry: (message: string) => console.error(message),
      };
      result = await runApiIngest(sources, { url: values.api, token }, options);
    } finally {
      reporter.stop();
    }
  } else {
    const db = await openDatabase({
      url: values["database-url"],
      dataDir: values["data-dir"] ? resolve(cwd, values["data-dir"]) : undefined,
      lock: { owner: "whosaid ingest" },
      settings: env.db,
    });
    const reporter = newReporter();
    try {
      const timeLimit = env.parseTimeLimit;
      result = await ingestSources(db, sources, {
        concurrency,
        batchSize,
        timeLimit,
        onEvent: reporter.onEvent,
      });
    } finally {
      reporter.stop();
      await db.close();
    }
  }
  printSummary(result, { json: !!values.json });
  return result.fatal ? 1 : result.errors.length ? 3 : 0;
}
