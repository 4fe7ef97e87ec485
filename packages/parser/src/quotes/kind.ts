import type { MarkedSpan } from "./marks.ts";

/**
 * Direct when the quotation is a sentence or clause on its own: it ends at punctuation or a clause
 * boundary, and starts with a capital (or right after "that", taking the whole complement);
 * otherwise a fragment ("an approaching “window of opportunity” last week"), a partial quote when
 * a speech verb governs it.
 */
export function isDirect(text: string, span: MarkedSpan, paragraphEnd: number): boolean {
  if (!span.closed) return true;
  if (!endsAtBoundary(text, span, paragraphEnd)) return false;
  const content = text.slice(span.start, span.end);
  if (/^[\p{Lu}\p{N}[(\u2026]|^\.\.\./u.test(content)) {
    return hasWords(content, 2) || /[.!?]$/.test(content);
  }
  const before = text.slice(Math.max(0, span.open - 12), span.open);
  return /\bthat\s*$|:\s*$/i.test(before) && hasWords(content, 4);
}

/** True when a quotation ends a clause: punctuation inside or right after it, or the paragraph end. */
export function endsAtBoundary(text: string, span: MarkedSpan, paragraphEnd: number): boolean {
  if (span.close >= paragraphEnd) return true;
  // "… some would say, ‘Why care?’”": a quotation inside it may close just before its own mark.
  const content = text.slice(span.start, span.end).replace(/['‘’]+$/, "");
  if (/[.,!?;:\u2014\u2026-]$/.test(content)) return true;
  const after = text.slice(span.close, Math.min(paragraphEnd, span.close + 3));
  return /^\s*(?:[,.;:!?\u2014\u2013)]|--|$)/.test(after);
}

const WORD_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether the string has at least `n` words (runs without white space holding a letter or digit).
 * Counts only as far as `n`: quotations are long and the thresholds small.
 */
export function hasWords(s: string, n: number): boolean {
  if (n <= 0) return true;
  const runs = /\S+/g;
  let found = 0;
  for (let m = runs.exec(s); m !== null; m = runs.exec(s))
    if (WORD_OR_DIGIT.test(m[0]) && ++found >= n) return true;
  return false;
}
