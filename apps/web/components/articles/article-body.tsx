import { enumLabel } from "@/lib/format";
import { segmentParagraph } from "@/lib/highlight";

export interface BodyQuote {
  id: string;
  kind: string;
  start: number;
  end: number;
  cue: string | null;
  channel: string | null;
  speakerLabel: string | null;
  speaker: { id: string; name: string | null; role: string | null } | null;
}

function attribution(quote: BodyQuote): string {
  const who = quote.speaker
    ? [quote.speaker.name, quote.speaker.role].filter(Boolean).join(", ")
    : `${quote.speakerLabel ?? "Unnamed source"} (unnamed source)`;
  const how = [quote.cue ? `“${quote.cue}”` : null, quote.channel ? `(${quote.channel})` : null];
  return [`${enumLabel(quote.kind)} quote · ${who}`, ...how].filter(Boolean).join(" ");
}

/** One highlighted quote; hover or keyboard focus reveals who said it and how. */
function QuoteMark({ quote, text, id }: { quote: BodyQuote; text: string; id: string }) {
  const kind = quote.kind.toLowerCase();
  const label = attribution(quote);
  return (
    <mark
      className={`quote kind-${kind}${quote.speaker ? "" : " unnamed"}`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users focus each quote to read its attribution.
      tabIndex={0}
      aria-describedby={id}
      data-quote-id={quote.id}
      data-speaker={quote.speaker?.name ?? quote.speakerLabel ?? ""}
      data-kind={kind}
    >
      {text}
      <span className="attribution" role="tooltip" id={id}>
        {label}
      </span>
    </mark>
  );
}

/** The article's paragraphs with every quote highlighted and attributed. */
export function ArticleBody({
  paragraphs,
  quotes,
}: {
  paragraphs: readonly { text: string; start: number; end: number }[];
  quotes: readonly BodyQuote[];
}) {
  return (
    <div className="article-body" data-testid="article-body">
      {paragraphs.map((paragraph, p) => (
        <p key={paragraph.start}>
          {segmentParagraph(paragraph, quotes).map((segment, s) =>
            segment.quote ? (
              <QuoteMark
                key={`${p}-${s}`}
                quote={segment.quote}
                text={segment.text}
                id={`attr-${p}-${s}`}
              />
            ) : (
              segment.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}
