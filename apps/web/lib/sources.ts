/** How the Sources page words a feed's status. */

/** "every 15 min", "every 2 h", "every 90 s". */
export function intervalLabel(seconds: number): string {
  if (seconds % 3600 === 0) return `every ${seconds / 3600} h`;
  if (seconds % 60 === 0) return `every ${seconds / 60} min`;
  return `every ${seconds} s`;
}

const STATUS: Record<string, string> = {
  ok: "OK",
  not_modified: "Not modified",
  error: "Error",
  robots: "Refused by robots.txt",
  rate_limited: "Rate limited",
};

/** The latest poll's outcome in words ("Never polled" before the first). */
export function statusLabel(status: string | null | undefined, paused: boolean): string {
  if (paused) return "Paused";
  return status ? (STATUS[status] ?? status) : "Never polled";
}

/** A timestamp as "2026-12-07 10:15 UTC", or an em dash. */
export function timeLabel(value: string | null | undefined): string {
  return value ? `${new Date(value).toISOString().slice(0, 16).replace("T", " ")} UTC` : "—";
}
