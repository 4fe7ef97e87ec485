import Link from "next/link";
import { QuoteList } from "@/components/quotes/quote-list";
import { buckets } from "@/lib/facets";
import type { ResultOf } from "@/lib/graphql";
import type { PersonTimelineQuery } from "@/lib/queries/people";
import type { QuotesQuery } from "@/lib/queries/quotes";
import { type QuoteFilterInput, quotesHref } from "@/lib/quote-filter";
import { TimelineChart } from "./timeline-chart";

/** The person's statements in the current view, once their query answers. */
export async function PersonStatements({
  statements,
  filter,
  quoteCount,
}: {
  statements: Promise<ResultOf<typeof QuotesQuery>>;
  filter: QuoteFilterInput;
  quoteCount: number | null;
}) {
  const { quotes } = await statements;
  return (
    <>
      <p className="small" data-testid="total-count">
        {quotes?.totalCount ?? 0} shown of {quoteCount ?? 0} ·{" "}
        <Link href={quotesHref(filter)}>open in the explorer</Link>
      </p>
      <QuoteList quotes={(quotes?.edges ?? []).map((e) => e.node.head)} showSpeaker={false} />
    </>
  );
}

/** The person's statements by month, once their query answers. */
export async function PersonTimeline({
  timeline,
}: {
  timeline: Promise<ResultOf<typeof PersonTimelineQuery>>;
}) {
  const { facets } = await timeline;
  return (
    <TimelineChart
      counts={buckets(facets?.month).map((m) => ({ month: m.value, count: m.count }))}
    />
  );
}
