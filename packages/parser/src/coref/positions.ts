import type { Doc, Token } from "../doc.ts";

/** Which body paragraph and which sentence an offset falls in (binary search, no scan). */
export class Positions {
  private readonly paragraphStarts: number[];
  private readonly paragraphEnds: number[];
  private readonly sentenceStarts: number[];
  private readonly body: Doc["sentences"];

  constructor(doc: Doc) {
    this.paragraphStarts = doc.article.paragraphs.map((p) => p.start);
    this.paragraphEnds = doc.article.paragraphs.map((p) => p.end);
    this.body = doc.sentences.filter((s) => s.paragraph >= 0);
    this.sentenceStarts = this.body.map((s) => s.start);
  }

  /** The tokens of the body sentence holding `at` and the index of the token starting there. */
  tokenAt(at: number): { toks: Token[]; i: number } | null {
    const s = this.body[this.sentence(at)];
    if (!s || at >= s.end) return null;
    // Searched in place: mapping the sentence's starts per call made a one-sentence 1 MB text
    // quadratic (one call per mention).
    const i = lastTokenAtOrBefore(s.tokens, at);
    return i >= 0 ? { toks: s.tokens, i } : null;
  }

  /** The tokens and paragraph of body sentence `index`, or null. */
  sentenceAt(index: number): { toks: Token[]; paragraph: number } | null {
    const s = this.body[index];
    return s ? { toks: s.tokens, paragraph: s.paragraph } : null;
  }

  /** Index of the body paragraph holding `at`, or -1 (byline, caption, footer). */
  paragraph(at: number): number {
    const i = lastAtOrBefore(this.paragraphStarts, at);
    return i >= 0 && at < this.paragraphEnds[i] ? i : -1;
  }

  /** Where body paragraph `index` starts (0 before the first). */
  paragraphStart(index: number): number {
    return this.paragraphStarts[Math.max(0, index)] ?? 0;
  }

  /** Index of the body sentence holding `at` (the one before, between sentences). */
  sentence(at: number): number {
    return lastAtOrBefore(this.sentenceStarts, at);
  }
}

function lastAtOrBefore(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function lastTokenAtOrBefore(tokens: Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
