import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RankedPeople, type RankedPerson } from "@/components/people/ranked-people";
import { QuoteList } from "@/components/quotes/quote-list";
import { ScopedFilter } from "@/components/quotes/scoped-filter";
import { topicHref } from "@/components/topics/topic-tree";
import { plural } from "@/lib/format";
import { PAGE_SIZE, QuotesQuery } from "@/lib/queries/quotes";
import { TopicQuery, TopicSpeakersQuery } from "@/lib/queries/topics";
import { parseQuoteFilter, quotesHref } from "@/lib/quote-filter";
import { serverLookup, serverQuery } from "@/lib/urql/fetch";

async function load(rawId: string) {
  const ref = decodeURIComponent(rawId);
  const byId = /^medtop:\d+$/.test(ref);
  const { topic } = await serverLookup(TopicQuery, byId ? { iptcId: ref } : { label: ref });
  if (!topic?.iptcId) notFound();
  return { ...topic, iptcId: topic.iptcId };
}

type Branch = { iptcId: string | null; children?: Branch[] | null };

/** IPTC ids of every topic below. */
function descendants(children: readonly Branch[] | null | undefined): string[] {
  return (children ?? []).flatMap((c) => [
    ...(c.iptcId ? [c.iptcId] : []),
    ...descendants(c.children),
  ]);
}

/** Speakers of the statements, most statements on the topic first. */
function rankSpeakers(speakers: readonly (RankedPerson | null)[]): RankedPerson[] {
  const counts = new Map<string, { person: RankedPerson; n: number }>();
  for (const s of speakers) {
    if (!s) continue;
    const entry = counts.get(s.id) ?? { person: s, n: 0 };
    entry.n++;
    counts.set(s.id, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n)
    .slice(0, 15)
    .map(({ person, n }) => ({ ...person, quoteCount: n }));
}

export async function generateMetadata({ params }: PageProps<"/topics/[id]">): Promise<Metadata> {
  return { title: (await load((await params).id)).label ?? "Topic" };
}

export default async function TopicPage({ params, searchParams }: PageProps<"/topics/[id]">) {
  const topic = await load((await params).id);
  const { kind, q } = await searchParams;
  // A topic's statements include those of its subtopics (three levels down, as deep as IPTC goes).
  const family = [topic.iptcId, ...descendants(topic.children)];
  const filter = { ...parseQuoteFilter({ kind, q }), topic: family };
  const [{ quotes }, speakers] = await Promise.all([
    serverQuery(QuotesQuery, { filter, first: PAGE_SIZE, after: null }),
    serverQuery(TopicSpeakersQuery, { filter: { topic: family } }),
  ]);
  const people = rankSpeakers((speakers.quotes?.edges ?? []).map((e) => e.node.speaker));
  const children = (topic.children ?? []).flatMap((c) =>
    c.iptcId ? [{ ...c, iptcId: c.iptcId }] : [],
  );
  return (
    <>
      <nav aria-label="Breadcrumb" className="small">
        <Link href="/topics">Topics</Link>
        {topic.parent?.iptcId ? (
          <>
            {" › "}
            <Link href={topicHref(topic.parent.iptcId)}>{topic.parent.label}</Link>
          </>
        ) : null}
      </nav>
      <h1>{topic.label}</h1>
      <p className="muted">
        {(topic.path ?? []).join(" › ")} · IPTC {topic.iptcId} ·{" "}
        {plural(topic.quoteCount ?? 0, "statement")} · {plural(topic.articleCount ?? 0, "article")}
      </p>
      {children.length ? (
        <ul className="chips" aria-label="Subtopics">
          {children.map((c) => (
            <li key={c.iptcId}>
              <Link href={topicHref(c.iptcId)}>
                {c.label} <span className="muted">({c.quoteCount ?? 0})</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="grid-2">
        <section aria-labelledby="topic-statements">
          <h2 id="topic-statements">Statements</h2>
          <ScopedFilter action={topicHref(topic.iptcId)} filter={filter} />
          <p className="small">
            {plural(quotes?.totalCount ?? 0, "statement")}
            {family.length > 1 ? " (subtopics included)" : ""} ·{" "}
            <Link href={quotesHref(filter)}>open in the explorer</Link>
          </p>
          <QuoteList quotes={(quotes?.edges ?? []).map((e) => e.node)} />
        </section>
        <section aria-labelledby="topic-people">
          <h2 id="topic-people">People</h2>
          <p className="small muted">Speakers of its latest statements.</p>
          <RankedPeople people={people} />
        </section>
      </div>
    </>
  );
}
