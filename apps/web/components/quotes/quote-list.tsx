import type { FragmentOf } from "@/lib/graphql";
import { QuoteCard, type QuoteCardFragment } from "./quote-card";

/**
 * A list of statement cards, or a plain message when there are none. Card links do not prefetch:
 * a page of twenty cards would otherwise render forty pages in the background.
 */
export function QuoteList({
  quotes,
  showSpeaker = true,
  empty = "No statements match this view.",
}: {
  quotes: readonly ({ id: string } & FragmentOf<typeof QuoteCardFragment>)[];
  showSpeaker?: boolean;
  empty?: string;
}) {
  if (quotes.length === 0) return <p className="message info">{empty}</p>;
  return (
    <ul className="quote-list">
      {quotes.map((quote) => (
        <QuoteCard key={quote.id} data={quote} showSpeaker={showSpeaker} />
      ))}
    </ul>
  );
}
