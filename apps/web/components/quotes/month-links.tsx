import Link from "next/link";
import { formatDate } from "@/lib/format";
import { monthEnd, type QuoteFilterInput, quotesHref } from "@/lib/quote-filter";

/** Statements per month; each month narrows the view to its dates. */
export function MonthLinks({
  months,
  filter,
}: {
  months: readonly { value: string; count: number }[];
  filter: QuoteFilterInput;
}) {
  const valid = months
    .filter((m) => /^\d{4}-\d{2}$/.test(m.value))
    .sort((a, b) => b.value.localeCompare(a.value))
    .slice(0, 24);
  if (valid.length === 0) return null;
  return (
    <nav className="panel small" aria-label="Statements by month" style={{ marginTop: "1rem" }}>
      <h2 style={{ marginTop: 0, fontSize: "1rem" }}>By month</h2>
      <ul className="plain">
        {valid.map((m) => (
          <li key={m.value}>
            <Link href={quotesHref({ ...filter, from: `${m.value}-01`, to: monthEnd(m.value) })}>
              {formatDate(m.value)}
            </Link>{" "}
            <span className="muted">({m.count})</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
