import Link from "next/link";
import { Flag } from "@/components/people/speaker";
import { enumLabel, plural } from "@/lib/format";
import { quotesHref } from "@/lib/quote-filter";
import { sourceUrl } from "@/lib/source-url";

type AsidePerson = {
  id: string;
  name: string | null;
  role: string | null;
  country: string | null;
  category: string | null;
  /** Their quotes in this article. */
  quoteCount?: number | null;
};

function PeopleList({ people, empty }: { people: readonly AsidePerson[]; empty: string }) {
  if (people.length === 0) return empty ? <p className="muted small">{empty}</p> : null;
  return (
    <ul className="plain">
      {people.map((p) => (
        <li key={p.id}>
          <Flag code={p.country} />{" "}
          <Link href={`/people/${encodeURIComponent(p.id)}`} prefetch={false}>
            {p.name ?? "Unnamed"}
          </Link>
          <span className="muted small">
            {[p.role, p.category ? enumLabel(p.category) : null]
              .filter(Boolean)
              .map((t) => ` · ${t}`)}
            {p.quoteCount ? (
              <span data-testid="quotes-here">{` · ${plural(p.quoteCount, "quote")} here`}</span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

interface AsideProps {
  articleId: string;
  url: string | null;
  quoteCount: number;
  /** People the article's quotes are attributed to. */
  speakerIds: ReadonlySet<string>;
  people: readonly AsidePerson[];
  topics: readonly { id: string; label: string }[];
  places: readonly { id: string; name: string }[];
}

/** Beside the article: the people, topics and places in it, and a link to the original. */
export function ArticleAside({
  articleId,
  url,
  quoteCount,
  speakerIds,
  people,
  topics,
  places,
}: AsideProps) {
  const source = sourceUrl(url);
  return (
    <aside className="panel" aria-label="About this article">
      {source ? (
        <p>
          <a href={source} className="source-link" rel="noopener noreferrer" target="_blank">
            Read the original ↗
          </a>
        </p>
      ) : null}
      <p className="small">
        <Link href={quotesHref({ articleId: [articleId] })}>
          {quoteCount} statements in this article
        </Link>
      </p>
      <p className="small muted" style={{ marginBottom: "0.3rem" }}>
        Highlights:
      </p>
      <div className="legend">
        <span className="badge kind-direct">Direct</span>
        <span className="badge kind-partial">Partial</span>
        <span className="badge kind-indirect">Indirect</span>
        <span className="badge" style={{ outline: "1px dashed #767676" }}>
          Unnamed source
        </span>
      </div>
      <h2>Quoted</h2>
      <PeopleList
        people={people.filter((p) => speakerIds.has(p.id))}
        empty="Nobody quoted by name."
      />
      {people.some((p) => !speakerIds.has(p.id)) ? (
        <>
          <h2>Also named</h2>
          <PeopleList people={people.filter((p) => !speakerIds.has(p.id))} empty="" />
        </>
      ) : null}
      <h2>Topics</h2>
      {topics.length ? (
        <ul className="chips">
          {topics.map((topic) => (
            <li key={topic.id}>
              <Link href={`/topics/${encodeURIComponent(topic.id)}`}>{topic.label}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">No topics found.</p>
      )}
      <h2>Places</h2>
      {places.length ? (
        <p className="small">{places.map((p) => p.name).join(" · ")}</p>
      ) : (
        <p className="muted small">No places found.</p>
      )}
    </aside>
  );
}
