import { countryName, enumLabel } from "@/lib/format";

/** What the parser found, in one shape for the preview and for the saved article. */
export interface ParseLists {
  people: { name: string; details: (string | null | undefined)[] }[];
  quotes: { text: string; kind: string | null; who: string }[];
  topics: string[];
}

/** Describes a person by role, organization, country and category. */
export function personDetails(p: {
  role?: string | null;
  organization?: string | null;
  country?: string | null;
  category?: string | null;
}): (string | null)[] {
  return [
    p.role ?? null,
    p.organization ?? null,
    p.country ? countryName(p.country) : null,
    p.category ? enumLabel(p.category) : null,
  ];
}

/** People, statements and topics found in an article. */
export function ParseListsView({ lists }: { lists: ParseLists }) {
  return (
    <>
      <h3>People ({lists.people.length})</h3>
      <ul>
        {lists.people.map((person) => (
          <li key={person.name}>
            {person.name}
            <span className="muted small">
              {person.details.filter(Boolean).map((t) => ` · ${t}`)}
            </span>
          </li>
        ))}
      </ul>
      <h3>Statements ({lists.quotes.length})</h3>
      <ul>
        {lists.quotes.map((q, i) => (
          <li key={`${i}-${q.text.slice(0, 20)}`}>
            {q.kind === "INDIRECT" || q.kind === "indirect" ? q.text : `“${q.text}”`} — {q.who}{" "}
            <span className={`badge kind-${q.kind?.toLowerCase()}`}>{enumLabel(q.kind)}</span>
          </li>
        ))}
      </ul>
      <h3>Topics</h3>
      <p>{lists.topics.join(" · ") || "None found"}</p>
    </>
  );
}
