/**
 * The longest run of non-space characters handed to wink-nlp in one piece. wink-nlp's tokenizer
 * and its model's features test regular expressions that backtrack over a whole token (the
 * abbreviation and e-mail patterns), so a token of n characters costs about n² steps: one
 * 200,000-character "word" held the parser for 20 s. Real tokens (long URLs included) stay far
 * below this length, so normal articles are tokenised exactly as before.
 */
const LONGEST_RUN = 256;

const LONG_RUN = new RegExp(`\\S{${LONGEST_RUN + 1},}`, "g");

/**
 * Breaks every run of non-space characters longer than {@link LONGEST_RUN} into pieces of that
 * length, separated by a space. The pieces are substrings of `text` in order, so tokens found in
 * the result can be located in `text` by searching forward from the previous token.
 */
export function breakLongRuns(text: string): string {
  // Nearly every text has no such run: one scan of char codes settles it without the regex.
  if (!hasLongRun(text)) return text;
  return text.replace(LONG_RUN, (run) => {
    const pieces: string[] = [];
    for (let i = 0; i < run.length; ) {
      let end = Math.min(run.length, i + LONGEST_RUN);
      if (isHighSurrogate(run.charCodeAt(end - 1)) && end < run.length) end++; // keep pairs whole
      pieces.push(run.slice(i, end));
      i = end;
    }
    return pieces.join(" ");
  });
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Whether some run of non-space code units (as the regex's `\S`) is longer than the limit. Any
 * such run covers one of the positions 0, L + 1, 2(L + 1), … (L the limit), so only those are
 * read, and the run through one of them is measured when it is not a space: about one code unit
 * in twenty is read instead of all of them.
 */
function hasLongRun(text: string): boolean {
  for (let p = 0; p < text.length; p += LONGEST_RUN + 1) {
    if (isSpace(text.charCodeAt(p))) continue;
    let from = p;
    while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
    let to = p + 1;
    while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
    if (to - from > LONGEST_RUN) return true;
  }
  return false;
}

/** JavaScript's `\s`: the ASCII spaces, U+00A0, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000, U+FEFF. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
