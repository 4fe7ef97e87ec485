/** Intervals on the command line: "90s", "15m", "2h", "1d", or a bare number of minutes. */

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Seconds in an interval such as "15m"; throws on anything else. */
export function parseInterval(raw: string): number {
  const match = /^(\d+)\s*([smhd]?)$/i.exec(raw.trim());
  const seconds = match ? Number(match[1]) * UNIT_SECONDS[(match[2] || "m").toLowerCase()] : 0;
  if (!seconds) throw new Error(`--every must be like 90s, 15m, 2h or 1d (got "${raw}").`);
  return seconds;
}

/** "15m", "2h", "90s" for a number of seconds. */
export function formatInterval(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400}d`;
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
