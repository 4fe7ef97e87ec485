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

// Each opening mark with the marks that may close it; typists mix straight and curly marks.
const CLOSERS: Record<string, string[]> = {
  "\u201C": ["\u201D", '"', "\u201C"],
  "\u201E": ["\u201C", "\u201D"],
  "\u00AB": ["\u00BB"],
  "\u201A": ["\u2018", "\u2019"],
  '"': ['"', "\u201D"],
  "\u2018": ["\u2019"],
  "\u2039": ["\u203A"],
  "''": ["''"],
  "``": ["''"],
};

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
// A mark may open a quote after a space, the paragraph start, a bracket, a dash or another mark.
const canOpenAfter = (c: string | undefined) =>
  c === undefined || /[\s([{\u2014\u2013/:-]|[\u201C\u201E\u00AB]/.test(c);

/** Whether a code unit can begin a mark: a key of CLOSERS, or ' and ` for doubled marks. */
function canStartMark(c: number): boolean {
  if (c < 0xab) return c === 34 || c === 39 || c === 96;
  return c === 0xab || c === 0x201c || c === 0x201e || c === 0x201a || c === 0x2018 || c === 0x2039;
}

/** The first offset in [i, to) where a mark may begin, or `to`: most text holds none. */
function nextMarkStart(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && !canStartMark(text.charCodeAt(j))) j++;
  return j;
}

// Direct and reported speech both read each paragraph's marks: found once per paragraph of the
// text last asked about (parsing is synchronous, one article at a time).
let cachedText: string | null = null;
const cachedSpans = new Map<string, MarkedSpan[]>();

function markAt(text: string, i: number): string | null {
  const c = text[i];
  if ((c === "'" || c === "`") && text[i + 1] === c) return c === "'" ? "''" : "``";
  return CLOSERS[c] ? c : null;
}

/**
 * Finds the top-level quotations of a paragraph. Single quotes count only when they open after
 * a space and close before a non-letter, so that apostrophes (they’ll, Kyiv’s) are never marks;
 * doubled apostrophes ('' … '') count as double quotes, as some wire copy writes them.
 */
export function findMarkedSpans(text: string, from: number, to: number): MarkedSpan[] {
  if (text !== cachedText) {
    cachedText = text;
    cachedSpans.clear();
  }
  const key = `${from}:${to}`;
  let spans = cachedSpans.get(key);
  if (!spans) {
    // Callers share one list per paragraph: frozen, so that a change would throw, not leak.
    spans = Object.freeze(scanMarkedSpans(text, from, to)) as MarkedSpan[];
    cachedSpans.set(key, spans);
  }
  return spans;
}

function scanMarkedSpans(text: string, from: number, to: number): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  const scan = paragraphScan(text, from, to);
  let i = nextMarkStart(text, from, to);
  while (i < to) {
    const mark = markAt(text, i);
    if (!mark || !opensHere(text, i, mark)) {
      i = nextMarkStart(text, i + 1, to);
      continue;
    }
    const inner = i + mark.length;
    const close = findCloser(text, inner, to, mark, scan);
    if (!close) {
      const ambiguous = mark === "\u2018" || mark === "\u201A" || mark === '"' || mark === "''";
      if (ambiguous && (mark !== '"' || scan.straight(inner, to) > 0)) {
        i = inner;
        continue;
      }
      spans.push(trimmed(text, i, to, inner, to, false));
      break;
    }
    const span = trimmed(text, i, close.at + close.mark.length, inner, close.at, true);
    if (span.end > span.start) spans.push(span);
    i = close.at + close.mark.length;
  }
  return spans;
}

function opensHere(text: string, i: number, mark: string): boolean {
  // Guillemets and curly openers open even before a space ("“ … if the primary were held").
  if (mark === "\u00AB" || mark === "\u201C" || mark === "\u201E") return true;
  if (isSpace(text[i + mark.length])) return false;
  // Curly double and low marks are unambiguous openers; straight and single ones need a boundary.
  return mark === "\u201C" || mark === "\u201E" || canOpenAfter(text[i - 1]);
}

function findCloser(
  text: string,
  from: number,
  to: number,
  opener: string,
  scan: ParagraphScan,
): { at: number; mark: string } | null {
  const closers = CLOSERS[opener];
  const evenStraight = opener === '"' && scan.straight(from - 1, to) % 2 === 0;
  // Nothing can close (or, for curly quotes, end) the quote when no candidate mark follows: say
  // so at once rather than scan to the paragraph end for every such opener.
  const last = opener === "\u201C" ? to : Math.min(to, scan.lastCandidate(closers, from) + 1);
  for (let j = from; j < last; j++) {
    // A fresh curly opener inside an open curly quote means the first one was never closed.
    if (opener === "\u201C" && text[j] === "\u201C" && isSpace(text[j - 1]) && j > from + 1)
      return null;
    for (const c of closers) {
      if (!text.startsWith(c, j) || j === from) continue;
      const before = text[j - 1];
      const after = text[j + c.length];
      if ((c === "\u2019" || c === "\u2018") && isLetter(after)) continue;
      // Straight marks pair up in order when the paragraph has an even number of them.
      if (c === '"' && (isSpace(before) || isLetter(after)) && !evenStraight) continue;
      // “It's unusual,“ said …: a wrong-way curly mark closes after punctuation.
      if (opener === "\u201C" && c === "\u201C" && !(/[,.!?]/.test(before) && !isLetter(after)))
        continue;
      return { at: j, mark: c };
    }
  }
  return null;
}

/** Counts over one paragraph, computed once so that each opener costs no scan of its own. */
interface ParagraphScan {
  /** How many straight double marks lie in [a, b). */
  straight(a: number, b: number): number;
  /** Where the last closing mark that may start at or after `from` starts (-1 when none). */
  lastCandidate(closers: string[], from: number): number;
}

function paragraphScan(text: string, from: number, to: number): ParagraphScan {
  // Counted on first use: a paragraph without an opening mark never asks.
  let prefix: Int32Array | null = null;
  const counts = () => {
    const p = new Int32Array(to - from + 1);
    for (let i = from; i < to; i++)
      p[i - from + 1] = p[i - from] + (text.charCodeAt(i) === 34 ? 1 : 0);
    return p;
  };
  const at = (i: number) => {
    prefix ??= counts();
    return prefix[Math.max(0, Math.min(to, i) - from)];
  };
  const lastStart = new Map<string, number>();
  return {
    straight: (a, b) => at(b) - at(a),
    lastCandidate(closers, start) {
      let last = -1;
      for (const c of closers) {
        let l = lastStart.get(c);
        if (l === undefined) {
          l = to - 1;
          while (l >= from && !text.startsWith(c, l)) l--;
          lastStart.set(c, l);
        }
        if (l >= start) last = Math.max(last, l);
      }
      return last;
    },
  };
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
