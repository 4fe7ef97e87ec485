/** A stretch of text between quotation marks, found in one paragraph. */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when the quote runs on. */
  close: number;
  /** Content offsets, without the marks and surrounding spaces. */
  start: number;
  end: number;
  /** False when the paragraph ends before the quote closes (it continues in the next one). */
  closed: boolean;
}

const CLOSERS: Record<string, string> = {
  "\u201C": "\u201D",
  "\u201E": "\u201C\u201D",
  "\u00AB": "\u00BB",
  "\u201A": "\u2018\u2019",
  '"': '"',
  "\u2018": "\u2019",
  "\u2039": "\u203A",
};

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
// A mark may open a quote after a space, the paragraph start, a bracket, a dash or another mark.
const canOpenAfter = (c: string | undefined) =>
  c === undefined || /[\s([{\u2014\u2013/:-]|[\u201C\u201E\u00AB]/.test(c);

/**
 * Finds the top-level quotations of a paragraph. Single quotes count only when they open after
 * a space and close before a non-letter, so that apostrophes (they’ll, Kyiv’s) are never marks.
 */
export function findMarkedSpans(text: string, from: number, to: number): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let i = from;
  while (i < to) {
    const c = text[i];
    const closers = CLOSERS[c];
    if (!closers || !opensHere(text, i)) {
      i++;
      continue;
    }
    const close = findCloser(text, i + 1, to, c, closers);
    if (close < 0) {
      if (c === "\u2018" || c === "\u201A" || (c === '"' && hasLaterQuoteMark(text, i + 1, to))) {
        i++;
        continue;
      }
      spans.push(trimmed(text, i, to, i + 1, to, false));
      break;
    }
    const span = trimmed(text, i, close + 1, i + 1, close, true);
    if (span.end > span.start) spans.push(span);
    i = close + 1;
  }
  return spans;
}

function opensHere(text: string, i: number): boolean {
  const c = text[i];
  if (c === "\u00AB") return true;
  if (isSpace(text[i + 1])) return false;
  // Curly double and low marks are unambiguous openers; straight and single ones need a boundary.
  return c === "\u201C" || c === "\u201E" || canOpenAfter(text[i - 1]);
}

function findCloser(
  text: string,
  from: number,
  to: number,
  opener: string,
  closers: string,
): number {
  for (let j = from; j < to; j++) {
    const c = text[j];
    if (!closers.includes(c)) {
      // A fresh curly opener inside an open curly quote means the first one was never closed.
      if (opener === "\u201C" && c === "\u201C" && isSpace(text[j - 1]) && j > from + 1) return -1;
      continue;
    }
    if ((opener === "\u2018" || opener === "\u201A") && isLetter(text[j + 1])) continue;
    if (opener === '"' && isLetter(text[j - 1]) === false && isLetter(text[j + 1])) continue;
    return j;
  }
  return -1;
}

function hasLaterQuoteMark(text: string, from: number, to: number): boolean {
  return text.slice(from, to).includes('"');
}

function trimmed(
  text: string,
  open: number,
  close: number,
  s: number,
  e: number,
  closed: boolean,
): MarkedSpan {
  let start = s;
  let end = e;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { open, close, start, end, closed };
}

/** True when the paragraph text at `at` begins with an opening quotation mark. */
export function opensWithQuote(text: string, at: number): boolean {
  return CLOSERS[text[at]] !== undefined;
}
