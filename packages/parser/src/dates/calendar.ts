/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone shifts a day. */

const DAY = 86_400_000;

function toUtc(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return toIso(toUtc(iso) + days * DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(toUtc(iso)).getUTCDay();
}

/** Monday of the ISO week holding the date. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekday(iso) + 6) % 7));
}

export function isoDate(y: number, m: number, d: number): string | null {
  const ms = Date.UTC(y, m - 1, d);
  const date = new Date(ms);
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1000 || y > 9999) return null;
  return toIso(ms);
}

export function lastDayOfMonth(y: number, m: number): string {
  return toIso(Date.UTC(y, m, 0));
}

/** The year that puts month/day closest to the reference date (a "15 November" without year). */
export function nearestYear(reference: string, m: number, d: number): string | null {
  const y = Number(reference.slice(0, 4));
  let best: string | null = null;
  for (const year of [y - 1, y, y + 1]) {
    const iso = isoDate(year, m, d);
    if (!iso) continue;
    const gap = Math.abs(toUtc(iso) - toUtc(reference));
    if (!best || gap < Math.abs(toUtc(best) - toUtc(reference))) best = iso;
  }
  return best;
}

/** Normalises an article date (YYYY-MM-DD or ISO 8601) to YYYY-MM-DD, or null. */
export function articleDay(publishedAt: string | null): string | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
