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

/** The value of a settled promise, or its error thrown again (notFound() included). */
function settled<T>(result: PromiseSettledResult<T>): T {
  if (result.status === "rejected") throw result.reason;
  return result.value;
}

async function load(id: string) {
  const { person } = await serverLookup(PersonQuery, { id });
  if (!person) notFound();
  return person;
}

export async function generateMetadata({ params }: PageProps<"/people/[id]">): Promise<Metadata> {
  return { title: (await load(decodeURIComponent((await params).id))).name ?? "Person" };
}

export default async function PersonPage({ params, searchParams }: PageProps<"/people/[id]">) {
  const id = decodeURIComponent((await params).id);
  const { kind, q, topic } = await searchParams;
  const filter = { ...parseQuoteFilter({ kind, q, topic }), speakerId: [id] };
  // All three at once; the person's own lookup decides between the page and a 404.
  const [personResult, statementsResult, timelineResult] = await Promise.allSettled([
    load(id),
    serverQuery(QuotesQuery, { filter, first: PAGE_SIZE, after: null }),
    serverQuery(PersonTimelineQuery, { filter: { speakerId: [id] } }),
  ]);
  const person = settled(personResult);
  const statements = settled(statementsResult);
  const timeline = settled(timelineResult);
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
