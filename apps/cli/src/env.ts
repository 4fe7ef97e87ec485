/**
 * The CLI's one place for its environment: every variable a command uses is read and checked
 * here, the database's through `@whosaid/db`'s reader and the parser's, queue's and feeds'
 * through `@whosaid/ingest`'s, so the CLI, the API and the workers agree on each of them.
 */
import { type DbEnv, readDbEnv } from "@whosaid/db";
import { type TimeLimit, timeLimitFromEnv } from "@whosaid/ingest";
import {
  type FeedFetchSettings,
  feedSettingsFromEnv,
  type QueueSettings,
  queueSettingsFromEnv,
} from "@whosaid/ingest/feeds";

/** The CLI's validated settings. */
export interface CliEnv {
  /** Where the user typed the command: pnpm runs scripts from the package folder, INIT_CWD keeps it. */
  cwd: string;
  /** DATABASE_URL, WHOSAID_DATA_DIR, WHOSAID_DB_POOL_MAX and the other database settings. */
  db: DbEnv;
  /** WHOSAID_PARSE_TIME_BASE_MS, WHOSAID_PARSE_TIME_PER_MB_MS: how long one parse may run. */
  parseTimeLimit: TimeLimit;
  /** WHOSAID_QUEUE_*: retries, expiry and polling of the job queue. */
  queue: QueueSettings;
  /** WHOSAID_FEED_*, WHOSAID_ALLOW_PRIVATE_URLS: how feeds and pages are fetched. */
  feeds: FeedFetchSettings;
  /** WHOSAID_INGEST_TOKEN: the API's token for `ingest --api` (or `--token`). */
  ingestToken: string | undefined;
  /** WHOSAID_CORPORA: the shared corpora, for `eval` (else ../shared/corpora). */
  corpora: string | undefined;
}

/** Reads and checks the CLI's environment (throws a clear error on a bad value). */
export function readCliEnv(source: NodeJS.ProcessEnv = process.env): CliEnv {
  return {
    cwd: source.INIT_CWD || process.cwd(),
    db: readDbEnv(source),
    parseTimeLimit: timeLimitFromEnv(source),
    queue: queueSettingsFromEnv(source),
    feeds: feedSettingsFromEnv(source),
    ingestToken: source.WHOSAID_INGEST_TOKEN?.trim() || undefined,
    corpora: source.WHOSAID_CORPORA?.trim() || undefined,
  };
}

let read: CliEnv | undefined;

/** This process's settings, read once. */
export function cliEnv(): CliEnv {
  read ??= readCliEnv();
  return read;
}
