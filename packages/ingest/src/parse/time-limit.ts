/**
 * How long one parse may run: a base plus an allowance per megabyte of input. Parse time is
 * linear in input size (see BENCHMARKS.md), so a limit that grows with size refuses only
 * runaway parses, never a large article.
 */
export interface TimeLimit {
  /** Milliseconds every parse may take, whatever its size. */
  baseMs: number;
  /** Milliseconds more per million characters of input. */
  msPerMb: number;
}

/**
 * The defaults: on a quiet machine a parse takes 1–4 s per MB, so these leave room for a machine
 * ten times slower or busier before an honest article is refused.
 */
export const DEFAULT_TIME_LIMIT: TimeLimit = { baseMs: 20_000, msPerMb: 40_000 };

/** The time limit in milliseconds for an input of `chars` characters. */
export function timeLimitMs(chars: number, limit: TimeLimit = DEFAULT_TIME_LIMIT): number {
  return Math.ceil(limit.baseMs + (limit.msPerMb * chars) / 1_000_000);
}

function milliseconds(env: Record<string, string | undefined>, name: string, fallback: number) {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 3_600_000)
    throw new Error(`${name} must be a number of milliseconds from 0 to 3600000, got "${raw}"`);
  return value;
}

/**
 * The time limit set by the environment (`WHOSAID_PARSE_TIME_BASE_MS`,
 * `WHOSAID_PARSE_TIME_PER_MB_MS`), the defaults for what is unset. Throws on a malformed value.
 */
export function timeLimitFromEnv(env: Record<string, string | undefined>): TimeLimit {
  return {
    baseMs: Math.max(1, milliseconds(env, "WHOSAID_PARSE_TIME_BASE_MS", DEFAULT_TIME_LIMIT.baseMs)),
    msPerMb: milliseconds(env, "WHOSAID_PARSE_TIME_PER_MB_MS", DEFAULT_TIME_LIMIT.msPerMb),
  };
}
