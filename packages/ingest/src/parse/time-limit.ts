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
