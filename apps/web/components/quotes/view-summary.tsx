import Link from "next/link";
import { countryName, enumLabel, formatDate, plural } from "@/lib/format";
import {
  filterToParams,
  type QuoteFilterInput,
  type QuoteOrder,
  quotesHref,
} from "@/lib/quote-filter";

type Chip = { text: string; without: QuoteFilterInput };

/** One removable chip per active filter value. */
function chips(filter: QuoteFilterInput, labels: Record<string, string>): Chip[] {
  const out: Chip[] = [];
  const drop = <K extends keyof QuoteFilterInput>(key: K, keep?: QuoteFilterInput[K]) => {
    const next = { ...filter };
    if (keep === undefined || (Array.isArray(keep) && keep.length === 0)) delete next[key];
    else next[key] = keep;
    return next;
  };
  for (const c of filter.speakerCountry ?? [])
    out.push({
      text: countryName(c),
      without: drop(
        "speakerCountry",
        filter.speakerCountry?.filter((x) => x !== c),
      ),
    });
  for (const c of filter.speakerCategory ?? [])
    out.push({
      text: enumLabel(c),
      without: drop(
        "speakerCategory",
        filter.speakerCategory?.filter((x) => x !== c),
      ),
    });
  for (const k of filter.kind ?? [])
    out.push({
      text: `${enumLabel(k)} quotes`,
      without: drop(
        "kind",
        filter.kind?.filter((x) => x !== k),
      ),
    });
  if (filter.official != null)
    out.push({ text: filter.official ? "Officials" : "Non-officials", without: drop("official") });
  if (filter.search) out.push({ text: `“${filter.search}”`, without: drop("search") });
  if (filter.speakerName)
    out.push({ text: `Speaker: ${filter.speakerName}`, without: drop("speakerName") });
  const listed = [
    ["topic", "Topic"],
    ["source", "Source"],
    ["organization", "Organization"],
    ["speakerId", "Speaker"],
    ["articleId", "Article"],
  ] as const;
  for (const [key, name] of listed) {
    for (const v of filter[key] ?? []) {
      const shown = labels[v] ?? (key === "speakerId" || key === "articleId" ? "selected" : v);
      out.push({
        text: `${name}: ${shown}`,
        without: drop(
          key,
          filter[key]?.filter((x) => x !== v),
        ),
      });
    }
  }
  if (filter.from) out.push({ text: `From ${formatDate(filter.from)}`, without: drop("from") });
  if (filter.to) out.push({ text: `To ${formatDate(filter.to)}`, without: drop("to") });
  return out;
}

/** Count, removable filter chips and export links of the current view. */
export function ViewSummary({
  filter,
  order = "NEWEST",
  total,
  labels = {},
}: {
  filter: QuoteFilterInput;
  order?: QuoteOrder;
  total: number;
  labels?: Record<string, string>;
}) {
  const query = filterToParams(filter).toString();
  const suffix = query ? `?${query}` : "";
  const active = chips(filter, labels);
  return (
    <>
      <div className="toolbar">
        <p style={{ margin: 0 }} role="status" data-testid="total-count">
          <strong>{plural(total, "statement")}</strong>
        </p>
        <p style={{ margin: 0 }} className="small">
          Export this view:{" "}
          <a href={`/export/quotes.csv${suffix}`} download>
            CSV
          </a>{" "}
          ·{" "}
          <a href={`/export/quotes.jsonl${suffix}`} download>
            JSON lines
          </a>
        </p>
      </div>
      {active.length > 0 ? (
        <ul className="active-filters" aria-label="Active filters">
          {active.map((chip) => (
            <li key={chip.text}>
              <Link
                href={quotesHref(chip.without, null, order)}
                aria-label={`Remove filter ${chip.text}`}
              >
                {chip.text} ✕
              </Link>
            </li>
          ))}
          <li>
            <Link href="/quotes">Clear all</Link>
          </li>
        </ul>
      ) : null}
    </>
  );
}
