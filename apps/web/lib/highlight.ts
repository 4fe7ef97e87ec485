/**
 * Lays out a paragraph with its quotes for the article page. Quote offsets are into the whole
 * article text, like paragraph offsets, so each quote is clipped to the paragraph it overlaps (a
 * quote may span paragraphs). A quote inside another (a partial quote within indirect speech)
 * nests inside it; of two quotes that cross, the later one is cut to start where the earlier ends.
 */

export interface OffsetSpan {
  start: number;
  end: number;
}

/** Plain text, or a quote with what it contains. */
export type Piece<Q> = string | { quote: Q; pieces: Piece<Q>[] };

type Span<Q> = { quote: Q; start: number; end: number };

const byPosition = <Q>(a: Span<Q>, b: Span<Q>) => a.start - b.start || b.end - a.end;

function layout<Q>(text: string, from: number, to: number, spans: Span<Q>[]): Piece<Q>[] {
  const out: Piece<Q>[] = [];
  let cursor = from;
  let rest = [...spans].sort(byPosition);
  while (rest.length) {
    const [span, ...others] = rest;
    const inside = others.filter((o) => o.start < span.end && o.end <= span.end);
    const crossing = others
      .filter((o) => o.start < span.end && o.end > span.end)
      .map((o) => ({ ...o, start: span.end }));
    const after = others.filter((o) => o.start >= span.end);
    if (span.start > cursor) out.push(text.slice(cursor, span.start));
    out.push({ quote: span.quote, pieces: layout(text, span.start, span.end, inside) });
    cursor = span.end;
    rest = [...crossing, ...after].sort(byPosition);
  }
  if (cursor < to) out.push(text.slice(cursor, to));
  return out;
}

/** The pieces of `paragraph` (its text and offsets) with the quotes that fall inside it. */
export function layoutParagraph<Q extends OffsetSpan>(
  paragraph: { text: string; start: number; end: number },
  quotes: readonly Q[],
): Piece<Q>[] {
  const length = paragraph.text.length;
  const spans = quotes
    .map((quote) => ({
      quote,
      start: Math.max(quote.start - paragraph.start, 0),
      end: Math.min(quote.end - paragraph.start, length),
    }))
    .filter((s) => s.end > s.start);
  return layout(paragraph.text, 0, length, spans);
}
