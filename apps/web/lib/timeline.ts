/** Month buckets for the person page's timeline chart. */

export interface MonthCount {
  month: string;
  count: number;
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * Fills the gaps between the first and last month so that the chart's x axis is continuous
 * (at most `limit` months, the latest kept). Input months are "YYYY-MM"; order does not matter.
 */
export function continuousMonths(counts: readonly MonthCount[], limit = 36): MonthCount[] {
  const valid = counts.filter((c) => /^\d{4}-\d{2}$/.test(c.month));
  if (valid.length === 0) return [];
  const byMonth = new Map<string, number>();
  for (const c of valid) byMonth.set(c.month, (byMonth.get(c.month) ?? 0) + c.count);
  const months = [...byMonth.keys()].sort();
  const out: MonthCount[] = [];
  for (let m = months[0]; m <= months[months.length - 1]; m = nextMonth(m)) {
    out.push({ month: m, count: byMonth.get(m) ?? 0 });
  }
  return out.slice(-limit);
}
