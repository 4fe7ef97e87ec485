import type { Token } from "../doc.ts";
import { maySpeak } from "../quotes/speech-forms.ts";

/**
 * What a token is, worked out once and kept on the token (`Token.flags`), for the tests every
 * rule asks of the same tokens again and again: is it capitalised, could it be a verb of speech.
 * Rules read a bit instead of running a regular expression (a literal also makes a RegExp object
 * per call) or hashing the token's strings into a lexicon each time. Computed on first use, so a
 * token built by hand (tests) gets them too.
 */

/** Starts with an upper-case letter (`/^\p{Lu}/u`). */
export const UPPER = 1;
/** Starts with a lower-case letter (`/^\p{Ll}/u`). */
const LOWER = 2;
/** Its lemma (or verb form) is a verb of speech of the quote rules' lexicon: `speechLemma` may answer. */
export const SPEECH = 4;

/** `Token.flags` before they are worked out. */
export const UNSET = -1;

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

function compute(t: Token): number {
  let f = 0;
  const c = t.text.charCodeAt(0);
  // ASCII settled by char code: most tokens; the regular expressions only for other scripts.
  if (c >= 65 && c <= 90) f |= UPPER;
  else if (c >= 97 && c <= 122) f |= LOWER;
  else if (c >= 128) {
    if (UPPER_START.test(t.text)) f |= UPPER;
    else if (LOWER_START.test(t.text)) f |= LOWER;
  }
  if (maySpeak(t.normal, t.lemma)) f |= SPEECH;
  return f;
}

/** The token's flags (the bits above), worked out on first use. */
export function flagsOf(t: Token): number {
  const f = t.flags;
  if (f !== undefined && f !== UNSET) return f;
  const computed = compute(t);
  t.flags = computed;
  return computed;
}

/** `/^\p{Lu}/u.test(t.text)`, read from the token's flags. */
export const isUpper = (t: Token | undefined): boolean =>
  t !== undefined && (flagsOf(t) & UPPER) !== 0;

/** `/^\p{Ll}/u.test(t.text)`, read from the token's flags. */
export const isLower = (t: Token | undefined): boolean =>
  t !== undefined && (flagsOf(t) & LOWER) !== 0;
