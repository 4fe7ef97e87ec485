import Link from "next/link";
import { RankedPeople, type RankedPerson } from "@/components/people/ranked-people";
import { QuoteList } from "@/components/quotes/quote-list";
import { plural } from "@/lib/format";
import type { ResultOf } from "@/lib/graphql";
import type { QuotesQuery } from "@/lib/queries/quotes";
import type { TopicSpeakersQuery } from "@/lib/queries/topics";
import { type QuoteFilterInput, quotesHref } from "@/lib/quote-filter";

/** The statements on a topic (subtopics included), once their query answers. */
export async function TopicStatements({
  statements,
  filter,
  withSubtopics,
}: {
  statements: Promise<ResultOf<typeof QuotesQuery>>;
  filter: QuoteFilterInput;
  withSubtopics: boolean;
}) {
  const { quotes } = await statements;
  return (
    <>
      <p className="small">
        {plural(quotes?.totalCount ?? 0, "statement")}
        {withSubtopics ? " (subtopics included)" : ""} ·{" "}
        <Link href={quotesHref(filter)}>open in the explorer</Link>
      </p>
      <QuoteList quotes={(quotes?.edges ?? []).map((e) => e.node.head)} />
    </>
  );
}

/** Speakers of the statements, most statements on the topic first. */
type Speaker = Omit<RankedPerson, "statementCount">;

function rankSpeakers(speakers: readonly (Speaker | null)[]): RankedPerson[] {
  const counts = new Map<string, { person: Speaker; n: number }>();
  for (const s of speakers) {
    if (!s) continue;
    const entry = counts.get(s.id) ?? { person: s, n: 0 };
    entry.n++;
    counts.set(s.id, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n)
    .slice(0, 15)
    .map(({ person, n }) => ({ ...person, statementCount: n }));
}

/** The people who speak about a topic, once the query of its latest statements answers. */
export async function TopicSpeakers({
  speakers,
}: {
  speakers: Promise<ResultOf<typeof TopicSpeakersQuery>>;
}) {
  const { quotes } = await speakers;
  return <RankedPeople people={rankSpeakers((quotes?.edges ?? []).map((e) => e.node.speaker))} />;
}
