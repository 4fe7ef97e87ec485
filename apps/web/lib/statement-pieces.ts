/** A piece of a statement as the card needs it: offsets into the article and its words. */
export interface StatementPiece {
  id: string;
  text: string;
  start: number;
  end: number;
}

/** One stretch of a statement card: plain words, words of a nested piece, or a gap marker. */
export type StatementSegment =
  | { type: "text"; text: string }
  | { type: "nested"; text: string }
  | { type: "gap" };

/**
 * How a card shows a statement from its pieces: the pieces no other piece holds, in reading order,
 * with a gap marker ("…") where the article's attribution split them, and the words of nested
 * pieces (a partial quote inside the clause that carries it) highlighted inside the piece that
 * holds them (the innermost ones: the quoted words, not a clause around them).
 */
export function statementSegments(pieces: readonly StatementPiece[]): StatementSegment[] {
  const sorted = [...pieces].sort((a, b) => a.start - b.start || b.end - a.end);
  const outer = sorted.filter(
    (p) =>
      !sorted.some(
        (o) => o !== p && o.start <= p.start && p.end <= o.end && o.end - o.start > p.end - p.start,
      ),
  );
  const segments: StatementSegment[] = [];
  outer.forEach((piece, i) => {
    if (i > 0) segments.push({ type: "gap" });
    // The innermost pieces are highlighted (the quoted words, not the clause around them).
    const inner = sorted.filter(
      (p) =>
        p !== piece &&
        !outer.includes(p) &&
        piece.start <= p.start &&
        p.end <= piece.end &&
        !sorted.some(
          (o) =>
            o !== p && p.start <= o.start && o.end <= p.end && o.end - o.start < p.end - p.start,
        ),
    );
    let at = piece.start;
    for (const n of inner) {
      if (n.start < at || piece.text.length !== piece.end - piece.start) continue;
      if (n.start > at)
        segments.push({
          type: "text",
          text: piece.text.slice(at - piece.start, n.start - piece.start),
        });
      segments.push({
        type: "nested",
        text: piece.text.slice(n.start - piece.start, n.end - piece.start),
      });
      at = n.end;
    }
    if (at < piece.end) segments.push({ type: "text", text: piece.text.slice(at - piece.start) });
  });
  return segments;
}
