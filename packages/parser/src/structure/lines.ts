import { hasWordChar, trimRange } from "./text.ts";

/** One line of the text: [start, end) are its trimmed bounds (equal when the line is empty). */
export interface Line {
  start: number;
  end: number;
  /** The trimmed text of the line. */
  text: string;
  /** No letter or digit: an empty line or a separator such as " ." or "***". */
  blank: boolean;
}

/** Splits `text` into lines on LF (CRLF and lone CR count too), keeping offsets. Linear time. */
export function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  const n = text.length;
  while (from <= n) {
    let to = from;
    while (to < n) {
      const c = text.charCodeAt(to);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
      to++;
    }
    const [s, e] = trimRange(text, from, to);
    lines.push({ start: s, end: e, text: text.slice(s, e), blank: !hasWordChar(text, s, e) });
    if (to >= n) break;
    // CRLF is one break; a lone CR or LF is one break too.
    from = text.charCodeAt(to) === 13 && text.charCodeAt(to + 1) === 10 ? to + 2 : to + 1;
  }
  return lines;
}

/** True when a blank line separates two non-blank lines at or after index `from`. */
export function hasInnerBlank(lines: Line[], from: number): boolean {
  let seenText = false;
  let pendingBlank = false;
  for (let i = from; i < lines.length; i++) {
    if (lines[i].blank) {
      pendingBlank = seenText;
    } else {
      if (pendingBlank) return true;
      seenText = true;
    }
  }
  return false;
}
