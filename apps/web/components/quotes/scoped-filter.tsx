import type { QuoteFilterInput } from "@/lib/quote-filter";
import { KIND_LABELS, KINDS } from "@/lib/vocabulary";

/**
 * A small GET form for statement lists inside a page (person, topic): search and kind. It needs no
 * JavaScript; the page reads the same URL parameters as the explorer.
 */
export function ScopedFilter({
  action,
  filter,
  topics = [],
}: {
  action: string;
  filter: QuoteFilterInput;
  topics?: readonly { id: string; label: string }[];
}) {
  const kind = filter.kind?.[0]?.toLowerCase() ?? "";
  return (
    <form
      action={action}
      method="get"
      className="panel scoped-filter"
      aria-label="Filter these statements"
    >
      <div className="grow">
        <label htmlFor="scoped-q">Search</label>
        <input id="scoped-q" type="search" name="q" defaultValue={filter.search ?? ""} />
      </div>
      <div>
        <label htmlFor="scoped-kind">Kind</label>
        <select id="scoped-kind" name="kind" defaultValue={kind}>
          <option value="">Any</option>
          {KINDS.map((k) => (
            <option key={k} value={k.toLowerCase()}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      {topics.length ? (
        <div>
          <label htmlFor="scoped-topic">Topic</label>
          <select id="scoped-topic" name="topic" defaultValue={filter.topic?.[0] ?? ""}>
            <option value="">Any</option>
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit">Filter</button>
    </form>
  );
}
