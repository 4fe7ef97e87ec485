/**
 * Per-client counters for the API's rate limit, kept in `api_rate_windows` so that every process
 * serving one database enforces one shared limit. A window starts with the client's first counted
 * unit and lasts a minute.
 */
import type { Queryable } from "../types.ts";

// One statement, so concurrent requests of one client from several processes serialise on its
// row and the count is exact. $2 holds the weights of the request's units in order; the longest
// prefix of them that fits under the limit $3 is granted and counted, the rest is not counted.
// A window over a minute old restarts from zero.
const fits = (used: string) => `(
  SELECT coalesce(max(total), 0)::int FROM (
    SELECT sum(weight) OVER (ORDER BY i) AS total
    FROM unnest($2::int[]) WITH ORDINALITY AS units(weight, i)) prefixes
  WHERE total <= $3 - ${used})`;
const EXPIRED = "w.window_start <= now() - interval '1 minute'";
const COUNT = `
  INSERT INTO api_rate_windows AS w (client_key, window_start, count, granted)
  VALUES ($1, now(), ${fits("0")}, ${fits("0")})
  ON CONFLICT (client_key) DO UPDATE SET
    window_start = CASE WHEN ${EXPIRED} THEN now() ELSE w.window_start END,
    granted = CASE WHEN ${EXPIRED} THEN ${fits("0")} ELSE ${fits("w.count")} END,
    count = CASE WHEN ${EXPIRED} THEN ${fits("0")} ELSE w.count + ${fits("w.count")} END
  RETURNING count, granted,
    greatest(1, ceil(extract(epoch FROM w.window_start + interval '1 minute' - now())))::int
      AS retry_after`;

const SWEEP = `DELETE FROM api_rate_windows WHERE window_start < now() - interval '10 minutes'`;

/** A client's window after counting: what was granted, what is used, when it ends. */
export interface RateWindow {
  /** Units granted to this request: the sum of the longest prefix of its weights that fit. */
  granted: number;
  /** Units counted in the current window, including the ones just granted. */
  count: number;
  /** Seconds until the window ends (at least 1). */
  retryAfter: number;
}

/**
 * Grants a client the longest prefix of `weights` that fits in what is left of its `limit` in the
 * current window (opening one when none is current), counts what it granted, and returns the
 * window. What was not granted is not counted.
 */
export async function takeRateUnits(
  db: Queryable,
  clientKey: string,
  weights: number[],
  limit: number,
): Promise<RateWindow> {
  const { rows } = await db.query<{ count: number; granted: number; retry_after: number }>(COUNT, [
    clientKey,
    weights,
    limit,
  ]);
  const { count, granted, retry_after: retryAfter } = rows[0];
  return { granted, count, retryAfter };
}

/** Deletes windows long over; without this the table would keep every address ever seen. */
export async function sweepRateWindows(db: Queryable): Promise<void> {
  await db.query(SWEEP);
}
