import Link from "next/link";
import { formatDate, plural } from "@/lib/format";
import { quotesHref } from "@/lib/quote-filter";
import { Flag } from "./speaker";

type Role = {
  role: string | null;
  organization: string | null;
  from: string | null;
  to: string | null;
  article: { id: string; title: string | null } | null;
};

/** Roles over time, each with the article that showed it. */
export function RolesList({ roles }: { roles: readonly Role[] }) {
  if (roles.length === 0) return <p className="muted small">No roles recorded.</p>;
  return (
    <ul className="plain roles">
      {roles.map((r) => (
        <li key={`${r.role}-${r.organization}-${r.from}`}>
          <strong>{r.role ?? "Role"}</strong>
          {r.organization ? `, ${r.organization}` : ""}
          <span className="muted small">
            {" "}
            {r.from || r.to ? `${formatDate(r.from) ?? "…"} – ${formatDate(r.to) ?? ""}` : ""}
            {r.article ? (
              <>
                {" "}
                (seen in{" "}
                <Link href={`/articles/${encodeURIComponent(r.article.id)}`}>
                  {r.article.title ?? "an article"}
                </Link>
                )
              </>
            ) : null}
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
