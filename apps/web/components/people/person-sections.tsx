import Link from "next/link";
import { formatDate, plural } from "@/lib/format";
import { quotesHref } from "@/lib/quote-filter";
import { type RoleObservation, rolePeriods } from "@/lib/role-periods";
import { Flag } from "./speaker";

/** Roles as merged periods: "President, 2019-09-25 – 2020-01-10, in 4 articles". */
export function RolesList({ roles }: { roles: readonly RoleObservation[] }) {
  const periods = rolePeriods(roles);
  if (periods.length === 0) return <p className="muted small">No roles recorded.</p>;
  return (
    <ul className="plain roles">
      {periods.map((r) => (
        <li key={`${r.role}-${r.organization}-${r.from}`} data-testid="role-period">
          <strong>{r.role}</strong>
          {r.organization ? `, ${r.organization}` : ""}
          <span className="muted small">
            {r.from ? `, ${formatDate(r.from)}` : ""}
            {r.to && r.to !== r.from ? ` – ${formatDate(r.to)}` : ""}
            {r.articleId ? (
              <>
                , in <Link href={`/articles/${encodeURIComponent(r.articleId)}`}>1 article</Link>
              </>
            ) : r.articleCount ? (
              `, in ${plural(r.articleCount, "article")}`
            ) : (
              ""
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Topics the person speaks about; each opens their statements on it. */
export function PersonTopics({
  personId,
  topics,
}: {
  personId: string;
  topics: readonly { count: number | null; topic: { id: string; label: string | null } | null }[];
}) {
  if (topics.length === 0) return <p className="muted small">No topics yet.</p>;
  return (
    <ul className="chips">
      {topics
        .flatMap(({ topic, count }) => (topic ? [{ ...topic, count }] : []))
        .map((topic) => (
          <li key={topic.id}>
            <Link href={quotesHref({ speakerId: [personId], topic: [topic.id] })}>
              {topic.label ?? topic.id} <span className="muted">({topic.count ?? 0})</span>
            </Link>
          </li>
        ))}
    </ul>
  );
}

/** People quoted in the same articles. */
export function CoQuoted({
  people,
}: {
  people: readonly {
    sharedArticles: number | null;
    person: { id: string; name: string | null; country: string | null; role: string | null } | null;
  }[];
}) {
  const list = people.flatMap((p) =>
    p.person ? [{ person: p.person, count: p.sharedArticles ?? 0 }] : [],
  );
  if (list.length === 0) return <p className="muted small">Nobody else yet.</p>;
  return (
    <ul className="plain ranked">
      {list.map(({ person, count }) => (
        <li key={person.id}>
          <span>
            <Flag code={person.country} />{" "}
            <Link href={`/people/${encodeURIComponent(person.id)}`}>
              {person.name ?? "Unnamed"}
            </Link>
            {person.role ? <span className="muted small"> · {person.role}</span> : null}
          </span>
          <span className="muted small">{plural(count, "shared article")}</span>
        </li>
      ))}
    </ul>
  );
}
