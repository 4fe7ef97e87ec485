import { Fragment, type ReactNode } from "react";
import { enumLabel } from "@/lib/format";
import { layoutParagraph, type Piece } from "@/lib/highlight";

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
function QuoteMark({ quote, id, children }: { quote: BodyQuote; id: string; children: ReactNode }) {
  const kind = quote.kind.toLowerCase();
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
      {children}
      <span className="attribution" role="tooltip" id={id}>
        {attribution(quote)}
      </span>
    </mark>
  );
}

/** Text and quotes, quotes within quotes nested. */
function Pieces({ pieces, path }: { pieces: readonly Piece<BodyQuote>[]; path: string }) {
  return pieces.map((piece, i) => {
    const key = `${path}-${i}`;
    if (typeof piece === "string") return <Fragment key={key}>{piece}</Fragment>;
    return (
      <QuoteMark key={key} quote={piece.quote} id={`attr${key}`}>
        <Pieces pieces={piece.pieces} path={key} />
      </QuoteMark>
    );
  });
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
          <Pieces pieces={layoutParagraph(paragraph, quotes)} path={String(p)} />
        </p>
      ))}
    </div>
  );
}
