import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PersonHeader } from "@/components/people/person-header";
import { CoQuoted, PersonTopics, RolesList } from "@/components/people/person-sections";
import { TimelineChart } from "@/components/people/timeline-chart";
import { QuoteList } from "@/components/quotes/quote-list";
import { ScopedFilter } from "@/components/quotes/scoped-filter";
import { buckets } from "@/lib/facets";
import { PersonQuery, PersonTimelineQuery } from "@/lib/queries/people";
import { PAGE_SIZE, QuotesQuery } from "@/lib/queries/quotes";
import { parseQuoteFilter, quotesHref } from "@/lib/quote-filter";
import { serverLookup, serverQuery } from "@/lib/urql/fetch";

async function load(rawId: string) {
  const { person } = await serverLookup(PersonQuery, { id: decodeURIComponent(rawId) });
  if (!person) notFound();
  return person;
}

export async function generateMetadata({ params }: PageProps<"/people/[id]">): Promise<Metadata> {
  return { title: (await load((await params).id)).name ?? "Person" };
}

export default async function PersonPage({ params, searchParams }: PageProps<"/people/[id]">) {
  const person = await load((await params).id);
  const { kind, q, topic } = await searchParams;
  const filter = { ...parseQuoteFilter({ kind, q, topic }), speakerId: [person.id] };
  const [statements, timeline] = await Promise.all([
    serverQuery(QuotesQuery, { filter, first: PAGE_SIZE, after: null }),
    serverQuery(PersonTimelineQuery, { filter: { speakerId: [person.id] } }),
  ]);
  const topics = (person.topics ?? []).flatMap((t) =>
    t.topic ? [{ id: t.topic.id, label: t.topic.label ?? t.topic.id }] : [],
  );
  const months = buckets(timeline.facets?.month).map((m) => ({ month: m.value, count: m.count }));
  return (
    <>
      <PersonHeader {...person} />
      <div className="grid-2">
        <section aria-labelledby="statements-heading">
          <h2 id="statements-heading">Statements</h2>
          <ScopedFilter
            action={`/people/${encodeURIComponent(person.id)}`}
            filter={filter}
            topics={topics}
          />
          <p className="small" data-testid="total-count">
            {statements.quotes?.totalCount ?? 0} shown of {person.quoteCount ?? 0} ·{" "}
            <Link href={quotesHref(filter)}>open in the explorer</Link>
          </p>
          <QuoteList
            quotes={(statements.quotes?.edges ?? []).map((e) => e.node)}
            showSpeaker={false}
          />
        </section>
        <div>
          <section className="panel" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" style={{ marginTop: 0 }}>
              Statements by month
            </h2>
            <TimelineChart counts={months} />
          </section>
          <h2>Roles</h2>
          <RolesList roles={person.roles ?? []} />
          <h2>Speaks about</h2>
          <PersonTopics personId={person.id} topics={person.topics ?? []} />
          <h2>Quoted beside</h2>
          <CoQuoted people={person.coQuoted ?? []} />
        </div>
      </div>
    </>
  );
}
