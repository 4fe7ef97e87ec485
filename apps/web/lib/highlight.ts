/**
 * Splits a paragraph into plain runs and quote runs for the article page. Quote offsets are into
 * the whole article text; paragraph offsets too, so each quote is clipped to the paragraph it
 * overlaps (a quote may span paragraphs). Overlapping quotes: the earlier one wins the overlap.
 */

export interface OffsetSpan {
  start: number;
  end: number;
}

export type Segment<Q> = { text: string; quote: Q | null };

/** Segments of `paragraph` (text plus offsets) with the quotes that fall inside it. */
export function segmentParagraph<Q extends OffsetSpan>(
  paragraph: { text: string; start: number; end: number },
  quotes: readonly Q[],
): Segment<Q>[] {
  const inside = quotes
    .filter((q) => q.end > paragraph.start && q.start < paragraph.end && q.end > q.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment<Q>[] = [];
  let cursor = 0;
  for (const quote of inside) {
    const from = Math.max(quote.start - paragraph.start, cursor);
    const to = Math.min(quote.end - paragraph.start, paragraph.text.length);
    if (to <= from) continue;
    if (from > cursor) segments.push({ text: paragraph.text.slice(cursor, from), quote: null });
    segments.push({ text: paragraph.text.slice(from, to), quote });
    cursor = to;
  }
  if (cursor < paragraph.text.length) {
    segments.push({ text: paragraph.text.slice(cursor), quote: null });
  }
  return segments;
}
