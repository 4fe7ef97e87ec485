/** Character-level helpers shared by the structure stages; all linear, no regular expressions. */

/** True for any Unicode space, line break, BOM or zero-width space. */
export function isSpace(code: number): boolean {
  if (code <= 32) return true;
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Narrows [start, end) of `text` past leading and trailing spaces. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when the range holds at least one letter or digit. */
export function hasWordChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c > 127 && !isSpace(c) && WORD_CHAR.test(text[i])) return true;
  }
  return false;
}

/** Collapses runs of spaces to one plain space and trims: for comparing and displaying lines. */
export function squash(s: string): string {
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += " ";
    pendingSpace = false;
    out += s[i];
  }
  return out;
}

/** Counts words (runs of non-space characters). */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
