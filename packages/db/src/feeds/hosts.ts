/**
 * Politeness per host, shared by every worker on the database: at most N requests a minute (a
 * window in `api_rate_windows`, keyed `feed-host:<host>`), and no request before the end of a
 * 429's Retry-After (`feed_host_backoff`).
 */
import { takeRateUnits } from "../limits/rate-windows.ts";
import type { Queryable } from "../types.ts";

/**
 * Takes one request to `host` under `perMinute`: 0 when it may go now, else the milliseconds to
 * wait (the host's backoff, or the end of its full window).
 */
export async function takeHostRequest(
  db: Queryable,
  host: string,
  perMinute: number,
): Promise<number> {
  const { rows } = await db.query<{ wait: number }>(
    `SELECT greatest(0, ceil(extract(epoch FROM until - now()) * 1000))::int AS wait
     FROM feed_host_backoff WHERE host = $1`,
    [host],
  );
  if (rows[0]?.wait) return rows[0].wait;
  const window = await takeRateUnits(db, `feed-host:${host}`, [1], perMinute);
  return window.granted ? 0 : window.retryAfter * 1000;
}

/** Holds every request to `host` back until `until` (a 429's Retry-After). */
export async function backOffHost(db: Queryable, host: string, until: Date): Promise<void> {
  await db.query(
    `INSERT INTO feed_host_backoff (host, until) VALUES ($1, $2)
     ON CONFLICT (host) DO UPDATE SET until = greatest(feed_host_backoff.until, EXCLUDED.until)`,
    [host, until],
  );
}
