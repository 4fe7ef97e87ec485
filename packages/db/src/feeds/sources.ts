/** The feeds to follow (`feed_sources`): add, list, pause, remove, and each poll's outcome. */
import type { Queryable } from "../types.ts";

/** A followed feed with its polling status. */
export interface FeedSource {
  id: string;
  url: string;
  everySeconds: number;
  paused: boolean;
  kind: string | null;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: Date | null;
  nextPollAt: Date;
  lastStatus: string | null;
  lastError: string | null;
  errorCount: number;
  createdAt: Date;
  /** Articles stored from this feed. */
  articlesFound: number;
  /** Entries in the dead-letter list for this feed. */
  failures: number;
}

const COLUMNS = `s.id, s.url, s.every_seconds AS "everySeconds", s.paused, s.kind, s.etag,
  s.last_modified AS "lastModified", s.last_polled_at AS "lastPolledAt",
  s.next_poll_at AS "nextPollAt", s.last_status AS "lastStatus", s.last_error AS "lastError",
  s.error_count AS "errorCount", s.created_at AS "createdAt",
  (SELECT count(*) FROM article_origins o WHERE o.source_id = s.id)::int AS "articlesFound",
  (SELECT count(*) FROM ingest_failures f WHERE f.source_id = s.id)::int AS failures`;

/** Follows a feed (or changes its interval and un-pauses it when it is followed already). */
export async function addFeedSource(
  db: Queryable,
  url: string,
  everySeconds: number,
): Promise<FeedSource> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO feed_sources (url, every_seconds) VALUES ($1, $2)
     ON CONFLICT (url) DO UPDATE SET every_seconds = EXCLUDED.every_seconds, paused = false
     RETURNING id`,
    [url, everySeconds],
  );
  return (await getFeedSource(db, rows[0].id)) as FeedSource;
}

/** One feed by id, or null. */
export async function getFeedSource(db: Queryable, id: string): Promise<FeedSource | null> {
  const { rows } = await db.query<FeedSource>(
    `SELECT ${COLUMNS} FROM feed_sources s WHERE s.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** Every followed feed, oldest first. */
export async function listFeedSources(db: Queryable): Promise<FeedSource[]> {
  const { rows } = await db.query<FeedSource>(
    `SELECT ${COLUMNS} FROM feed_sources s ORDER BY s.created_at, s.url`,
  );
  return rows;
}

/** Stops following a feed (by id or URL); its stored articles stay. True when it existed. */
export async function removeFeedSource(db: Queryable, idOrUrl: string): Promise<boolean> {
  const { rows } = await db.query(
    `DELETE FROM feed_sources WHERE url = $1 OR id::text = $1 RETURNING id`,
    [idOrUrl],
  );
  return rows.length > 0;
}

/** Pauses or resumes a feed; null when it does not exist. */
export async function setFeedPaused(
  db: Queryable,
  id: string,
  paused: boolean,
): Promise<FeedSource | null> {
  await db.query(
    `UPDATE feed_sources SET paused = $2,
       next_poll_at = CASE WHEN $2 THEN next_poll_at ELSE now() END WHERE id = $1`,
    [id, paused],
  );
  return getFeedSource(db, id);
}

/** What one poll found. */
export type PollOutcome =
  | { status: "ok"; kind: string; etag: string | null; lastModified: string | null }
  | { status: "not_modified" }
  | { status: "error" | "robots" | "rate_limited"; error: string };

/** Records a poll and when the next one is due. */
export async function recordFeedPoll(
  db: Queryable,
  id: string,
  outcome: PollOutcome,
  nextPollAt: Date,
): Promise<void> {
  const ok = outcome.status === "ok";
  await db.query(
    `UPDATE feed_sources SET last_polled_at = now(), next_poll_at = $3, last_status = $2,
       last_error = $4, error_count = CASE WHEN $4::text IS NULL THEN 0 ELSE error_count + 1 END,
       kind = CASE WHEN $5 THEN $6 ELSE kind END,
       etag = CASE WHEN $5 THEN $7 ELSE etag END,
       last_modified = CASE WHEN $5 THEN $8 ELSE last_modified END
     WHERE id = $1`,
    [
      id,
      outcome.status,
      nextPollAt,
      "error" in outcome ? outcome.error : null,
      ok,
      ok ? outcome.kind : null,
      ok ? outcome.etag : null,
      ok ? outcome.lastModified : null,
    ],
  );
}
