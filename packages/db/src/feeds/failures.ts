/** The dead-letter list (`ingest_failures`): jobs that failed every retry, with the reason. */
import type { Queryable } from "../types.ts";

/** One job that failed for good. */
export interface IngestFailure {
  id: string;
  /** The queue it came from, e.g. "article" or "feed-poll". */
  jobKind: string;
  url: string;
  sourceId: string | null;
  reason: string;
  failedAt: Date;
}

/** Adds a job to the dead-letter list. */
export async function recordIngestFailure(
  db: Queryable,
  failure: Pick<IngestFailure, "jobKind" | "url" | "sourceId" | "reason">,
): Promise<void> {
  await db.query(
    `INSERT INTO ingest_failures (job_kind, url, source_id, reason)
     VALUES ($1, $2, (SELECT id FROM feed_sources WHERE id = $3), $4)`,
    [failure.jobKind, failure.url, failure.sourceId, failure.reason.slice(0, 2000)],
  );
}

/** The dead-letter list, newest first (only one feed's with `sourceId`). */
export async function listIngestFailures(
  db: Queryable,
  options: { sourceId?: string; limit?: number } = {},
): Promise<IngestFailure[]> {
  const { rows } = await db.query<IngestFailure>(
    `SELECT id::text, job_kind AS "jobKind", url, source_id AS "sourceId", reason,
       failed_at AS "failedAt"
     FROM ingest_failures WHERE ($1::uuid IS NULL OR source_id = $1)
     ORDER BY failed_at DESC, id DESC LIMIT $2`,
    [options.sourceId ?? null, options.limit ?? 100],
  );
  return rows;
}
