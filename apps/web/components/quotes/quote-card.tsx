import Link from "next/link";
import { QuoteCorrections } from "@/components/corrections/quote-corrections";
import { SpeakerLine } from "@/components/people/speaker";
import { enumLabel, formatDate, isoDay } from "@/lib/format";
import { type FragmentOf, graphql, readFragment } from "@/lib/graphql";
import { sourceHost, sourceUrl } from "@/lib/source-url";
import { StatementText } from "./statement-text";

/** What a statement card shows. */
export const QuoteCardFragment = graphql(`
  fragment QuoteCard on Quote {
    id
    text
    kind
    channel
    statedAt
    speakerLabel
    speaker { id name role country category organization { id name } }
    article { id title publishedAt url sourceName }
    corrections { id detail quoteText createdBy createdAt }
    statement { id pieces { id text start end } }
  }
`);

/**
 * One statement, shown through its head piece: the words (with the statement's other pieces: split
 * parts joined, nested quoted words highlighted), who said them, where and when.
 */
export function QuoteCard({
  data,
  showSpeaker = true,
}: {
  data: FragmentOf<typeof QuoteCardFragment>;
  showSpeaker?: boolean;
}) {
  const quote = readFragment(QuoteCardFragment, data);
  const kind = (quote.kind ?? "DIRECT").toLowerCase();
  const date = quote.statedAt ?? quote.article?.publishedAt;
  const marks = kind === "indirect" ? ["", ""] : ["“", "”"];
  const source = sourceUrl(quote.article?.url);
  return (
    <li className={`quote-card kind-${kind}`} data-testid="quote-card">
      <blockquote>
        {marks[0]}
        <StatementText text={quote.text} pieces={quote.statement?.pieces ?? []} />
        {marks[1]}
      </blockquote>
      {showSpeaker ? (
        <p className="small" style={{ margin: "0 0 0.3rem" }}>
          <SpeakerLine
            speaker={
              quote.speaker && {
                ...quote.speaker,
                organization: quote.speaker.organization?.name ?? null,
              }
            }
            label={quote.speakerLabel}
          />
        </p>
      ) : null}
      <div className="meta">
        <span className={`badge kind-${kind}`}>{enumLabel(kind)}</span>
        {quote.article ? (
          <Link href={`/articles/${encodeURIComponent(quote.article.id)}`} prefetch={false}>
            {quote.article.title ?? "Untitled article"}
          </Link>
        ) : null}
        {quote.channel ? (
          <span>
            <span className="visually-hidden">Said through: </span>
            {quote.channel}
          </span>
        ) : null}
        {quote.article?.sourceName ? <span>{quote.article.sourceName}</span> : null}
        {date ? <time dateTime={isoDay(date)}>{formatDate(date)}</time> : null}
        {source ? (
          <a href={source} className="source-link" rel="noopener noreferrer" target="_blank">
            Source: {sourceHost(source)}
          </a>
        ) : null}
      </div>
      <QuoteCorrections
        quoteId={quote.id}
        articleId={quote.article?.id ?? null}
        kind={quote.kind ?? "DIRECT"}
        corrections={quote.corrections ?? []}
      />
    </li>
  );
}
