/** What every job handler needs: the database, the parser pool, the queue, the fetch settings. */
import type { Database } from "@whosaid/db";
import type { FeedFetchSettings } from "../feeds/settings.ts";
import type { ParserPool } from "../parse/pool.ts";
import type { JobQueue } from "../queue/open.ts";

/** The handlers' shared state in one worker process. */
export interface WorkerContext {
  db: Database;
  parser: ParserPool;
  queue: JobQueue;
  fetch: FeedFetchSettings;
}
