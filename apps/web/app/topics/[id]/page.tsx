import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Streamed } from "@/components/layout/streamed";
import { ScopedFilter } from "@/components/quotes/scoped-filter";
import { TopicSpeakers, TopicStatements } from "@/components/topics/topic-streams";
import { topicHref } from "@/components/topics/topic-tree";
import { plural } from "@/lib/format";
import { PAGE_SIZE, QuotesQuery } from "@/lib/queries/quotes";
import { TopicQuery, TopicSpeakersQuery } from "@/lib/queries/topics";
import { parseQuoteFilter } from "@/lib/quote-filter";
import { serverLookup, serverQueryEarly } from "@/lib/urql/fetch";

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

export async function generateMetadata({ params }: PageProps<"/topics/[id]">): Promise<Metadata> {
  return { title: (await load((await params).id)).label ?? "Topic" };
}

export default async function TopicPage({ params, searchParams }: PageProps<"/topics/[id]">) {
  const topic = await load((await params).id);
  const { kind, q } = await searchParams;
  // A topic's statements include those of its subtopics (three levels down, as deep as IPTC goes).
  const family = [topic.iptcId, ...descendants(topic.children)];
  const filter = { ...parseQuoteFilter({ kind, q }), topic: family };
  // The topic itself was awaited before the first byte (a missing topic answers 404); its
  // statements and speakers stream in.
  const statements = serverQueryEarly(QuotesQuery, { filter, first: PAGE_SIZE, after: null });
  const speakers = serverQueryEarly(TopicSpeakersQuery, { filter: { topic: family } });
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
          <Streamed>
            <TopicStatements
              statements={statements}
              filter={filter}
              withSubtopics={family.length > 1}
            />
          </Streamed>
        </section>
        <section aria-labelledby="topic-people">
          <h2 id="topic-people">People</h2>
          <p className="small muted">Speakers of its latest statements.</p>
          <Streamed>
            <TopicSpeakers speakers={speakers} />
          </Streamed>
        </section>
      </div>
    </>
  );
}
