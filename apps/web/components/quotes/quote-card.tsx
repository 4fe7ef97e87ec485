import Link from "next/link";
import { SpeakerLine } from "@/components/people/speaker";
import { enumLabel, formatDate, isoDay } from "@/lib/format";
import { type FragmentOf, graphql, readFragment } from "@/lib/graphql";

/** What a statement card shows. */
export const QuoteCardFragment = graphql(`
  fragment QuoteCard on Quote {
    id
    text
    kind
    statedAt
    speakerLabel
    speaker { id name role organization country category }
    article { id title publishedAt url source { id name } }
  }
`);

/** One statement: the words, who said them, where and when. */
export function QuoteCard({
  data,
  showSpeaker = true,
}: {
  data: FragmentOf<typeof QuoteCardFragment>;
  showSpeaker?: boolean;
}) {
  const quote = readFragment(QuoteCardFragment, data);
  const kind = quote.kind.toLowerCase();
  const date = quote.statedAt ?? quote.article.publishedAt;
  const open = kind === "indirect" ? "" : "“";
  const close = kind === "indirect" ? "" : "”";
  return (
    <li className={`quote-card kind-${kind}`} data-testid="quote-card">
      <blockquote>
        {open}
        {quote.text}
        {close}
      </blockquote>
      {showSpeaker ? (
        <p className="small" style={{ margin: "0 0 0.3rem" }}>
          <SpeakerLine speaker={quote.speaker} label={quote.speakerLabel} />
        </p>
      ) : null}
      <div className="meta">
        <span className={`badge kind-${kind}`}>{enumLabel(quote.kind)}</span>
        <Link href={`/articles/${encodeURIComponent(quote.article.id)}`}>
          {quote.article.title ?? "Untitled article"}
        </Link>
        {quote.article.source ? <span>{quote.article.source.name}</span> : null}
        {date ? <time dateTime={isoDay(date)}>{formatDate(date)}</time> : null}
      </div>
    </li>
  );
}
