/** The queues whosaid's workers share, and what each job carries. */

/** Queue names in pg-boss (schema `pgboss`). */
export const QUEUES = {
  /** Poll one feed; the job chains the next poll of its feed. */
  poll: "feed-poll",
  /** Fetch, parse and store one article page. */
  article: "article",
  /** Jobs that failed every retry: recorded in the dead-letter list (`ingest_failures`). */
  dead: "ingest-dead",
  /** Every minute: a poll for each active feed that has none queued (after add or resume). */
  sync: "feed-sync",
} as const;

/** A feed poll. */
export interface PollJob {
  sourceId: string;
}

/** An article page to fetch, parse and store. */
export interface ArticleJob {
  url: string;
  sourceId: string | null;
}
