/**
 * When `ingest --api` tries a request again: on RATE_LIMITED after the wait the API names (every
 * sender pauses together, so the allowance is not spent on refusals), and on errors that pass
 * (network errors, HTTP 502/503/504, a retryable error code) after an exponential backoff with
 * jitter, capped. Nothing else is retried: a refused token or a bad article fails the same way
 * twice. Retrying an ingest is safe: the API stores the same content once.
 */

/** Error codes that say "try again later" rather than "this request is wrong". */
const RETRYABLE_CODES = new Set(["RATE_LIMITED", "SERVICE_UNAVAILABLE", "UNAVAILABLE"]);
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/** How an attempt ended, as far as retrying goes. */
export type Verdict =
  | { retry: "rate-limited"; waitMs: number | null; reason: string }
  | { retry: "unavailable"; reason: string }
  | { retry: null };

/** Classifies a reply: HTTP status, first error's code and retryAfter, Retry-After header. */
export function verdictOf(reply: {
  status: number;
  code?: string;
  retryAfter?: unknown;
  retryAfterHeader?: string | null;
  message: string;
}): Verdict {
  const seconds = [reply.retryAfter, reply.retryAfterHeader]
    .map(Number)
    .find((n) => Number.isFinite(n) && n >= 0 && n <= 3600);
  if (reply.code === "RATE_LIMITED" || (reply.status === 429 && !reply.code))
    return {
      retry: "rate-limited",
      waitMs: seconds === undefined ? null : seconds * 1000,
      reason: reply.message,
    };
  if ((reply.code && RETRYABLE_CODES.has(reply.code)) || RETRYABLE_STATUS.has(reply.status))
    return { retry: "unavailable", reason: reply.message };
  return { retry: null };
}

/** Retry limits: attempts per article and the backoff's first and largest wait. */
export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  capMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 12, baseMs: 500, capMs: 30_000 };

/** The wait before retry number `attempt` (0-based): exponential, capped, with half jitter. */
export function backoffMs(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * A pause shared by every sender: a RATE_LIMITED answer pauses all of them until the window
 * ends, so the requests in flight do not each hit the limit again.
 */
export class SendGate {
  private resumeAt = 0;

  /** Waits while the gate is paused. */
  async pass(): Promise<void> {
    for (let wait = this.resumeAt - Date.now(); wait > 0; wait = this.resumeAt - Date.now())
      await new Promise((resolve) => setTimeout(resolve, wait));
  }

  /** Pauses everyone for `ms`; true when this moved the end of the pause (worth saying). */
  pause(ms: number): boolean {
    const until = Date.now() + ms;
    if (until <= this.resumeAt + 1000) return false;
    this.resumeAt = until;
    return true;
  }
}

/** "3 s", "1 min 5 s": a wait as a person reads it. */
export function formatWait(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ""}`;
}
