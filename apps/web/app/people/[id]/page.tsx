import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonCorrections } from "@/components/corrections/person-corrections";
import { Streamed } from "@/components/layout/streamed";
import { PersonHeader } from "@/components/people/person-header";
import { CoQuoted, PersonTopics, RolesList } from "@/components/people/person-sections";
import { PersonStatements, PersonTimeline } from "@/components/people/person-streams";
import { ScopedFilter } from "@/components/quotes/scoped-filter";
import { PersonQuery, PersonTimelineQuery } from "@/lib/queries/people";
import { PAGE_SIZE, QuotesQuery } from "@/lib/queries/quotes";
import { parseQuoteFilter } from "@/lib/quote-filter";
import { serverLookup, serverQueryEarly } from "@/lib/urql/fetch";

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
  // The lists' queries start at once but stream in; the person's own lookup is awaited before
  // the first byte, so that a missing person answers 404 rather than 200.
  const statements = serverQueryEarly(QuotesQuery, { filter, first: PAGE_SIZE, after: null });
  const timeline = serverQueryEarly(PersonTimelineQuery, { filter: { speakerId: [id] } });
  const person = await load(id);
  const topics = (person.topics ?? []).flatMap((t) =>
    t.topic ? [{ id: t.topic.id, label: t.topic.label ?? t.topic.id }] : [],
  );
  return (
    <>
      <PersonHeader {...person} />
      <PersonCorrections
        person={{
          id: person.id,
          name: person.name ?? "",
          role: person.role,
          country: person.country,
          category: person.category,
          isOfficial: person.isOfficial ?? false,
        }}
        articles={(person.articles?.edges ?? []).map((e) => e.node)}
        corrections={person.corrections ?? []}
      />
      <div className="grid-2">
        <section aria-labelledby="statements-heading">
          <h2 id="statements-heading">Statements</h2>
          <ScopedFilter
            action={`/people/${encodeURIComponent(person.id)}`}
            filter={filter}
            topics={topics}
          />
          <Streamed>
            <PersonStatements
              statements={statements}
              filter={filter}
              quoteCount={person.statementCount ?? person.quoteCount}
            />
          </Streamed>
        </section>
        <div>
          <section className="panel" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" style={{ marginTop: 0 }}>
              Statements by month
            </h2>
            <Streamed>
              <PersonTimeline timeline={timeline} />
            </Streamed>
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
