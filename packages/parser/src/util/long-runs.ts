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
