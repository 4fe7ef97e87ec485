import type { Doc, Token } from "../doc.ts";

/** One body paragraph with its tokens, as the quote rules see it. */
export interface ParagraphView {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  /** Token index where each sentence starts, ascending. */
  sentenceStarts: number[];
}

/** Groups the document's body sentences by paragraph (captions are not quoted speech). */
export function paragraphViews(doc: Doc): ParagraphView[] {
  const views = new Map<number, ParagraphView>();
  for (const s of doc.sentences) {
    if (s.paragraph < 0) continue;
    let v = views.get(s.paragraph);
    if (!v) {
      const p = doc.article.paragraphs[s.paragraph];
      v = { index: s.paragraph, start: p.start, end: p.end, tokens: [], sentenceStarts: [] };
      views.set(s.paragraph, v);
    }
    v.sentenceStarts.push(v.tokens.length);
    for (const t of s.tokens) v.tokens.push(t);
  }
  return [...views.values()].sort((a, b) => a.index - b.index);
}

/** Index of the first token starting at or after `offset` (tokens.length if none). */
export function tokenAtOrAfter(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token ending at or before `offset` (-1 if none). */
export function tokenEndingBy(tokens: Token[], offset: number): number {
  return tokenAtOrAfter(tokens, offset) - 1;
}

const SENTENCE_END = new Set([".", "!", "?"]);
/** True for a token that ends a sentence. */
export const endsSentence = (t: Token) => SENTENCE_END.has(t.text) || /^[.!?]+$/.test(t.text);

/**
 * True for end punctuation that ends the sentence: not the period of an abbreviation split off
 * inside parentheses ("(D-Ill.)") or before a comma.
 */
function closesSentence(tokens: Token[], k: number): boolean {
  if (!endsSentence(tokens[k])) return false;
  const next = tokens[k + 1]?.text;
  return next !== ")" && next !== ",";
}

/** First token of the sentence holding token `i`, judged by end punctuation outside quotes. */
export function sentenceStartBefore(tokens: Token[], i: number, floor: number): number {
  let k = i - 1;
  while (k >= floor && !closesSentence(tokens, k)) k--;
  return k + 1;
}

/** Index just past the sentence holding token `i` (the end punctuation is included). */
export function sentenceEndAfter(tokens: Token[], i: number, ceil: number): number {
  let k = i;
  while (k < ceil && !closesSentence(tokens, k)) k++;
  return Math.min(ceil, k + 1);
}
