import type { Token } from "../doc.ts";
import { slot } from "../util/slot.ts";
import { PARTICLES } from "./keys.ts";

/** A word of a sentence: tokens glued across in-word hyphens ("Commander-in-Chief", "Jean-Luc"). */
export interface Word {
  text: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
}

/** Glues tokens joined by a hyphen with no space around it into one word. */
export function toWords(tokens: Token[]): Word[] {
  const cached = wordsOf.get(tokens);
  if (cached) return cached;
  const words = glue(tokens);
  wordsOf.set(tokens, words);
  return words;
}

// Candidates and mentions both read every sentence's words: glue each token list once.
const wordsOf = slot<Token[], Word[]>("words");

function glue(tokens: Token[]): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const last = words[words.length - 1];
    const next = tokens[i + 1];
    if (
      t.text === "-" &&
      last &&
      last.end === t.start &&
      next &&
      next.start === t.end &&
      WORD_CHAR.test(next.text)
    ) {
      last.text += `-${next.text}`;
      last.end = next.end;
      last.lower = lowerWord(last.text);
      last.pos = next.pos === "PROPN" || last.pos === "PROPN" ? "PROPN" : next.pos;
      i++;
      continue;
    }
    // wink-nlp splits off letters it does not know ("Stamenkovi" + "ć"): glue them back.
    if (last && last.end === t.start && startsWithLetter(t.text) && LETTER_END.test(last.text)) {
      last.text += t.text;
      last.end = t.end;
      last.lower = lowerWord(last.text);
      continue;
    }
    words.push({
      text: t.text,
      start: t.start,
      end: t.end,
      pos: t.pos,
      lemma: t.lemma,
      // wink-nlp's normal form respells some words ("Vice" → "vise"): lower-case the text instead.
      lower: lowerWord(t.text),
    });
  }
  return words;
}

const WORD_CHAR = /\w/;
const LETTER_START = /^\p{L}/u;
const LETTER_END = /\p{L}$/u;

/** `/^\p{L}/u`, settled by char code for ASCII (punctuation beside a word is the usual case). */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER_START.test(text);
}

/** Lower case with curly apostrophes straightened; the replace only runs when there is one. */
function lowerWord(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

const CAPITAL = /^\p{Lu}/u;
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;
const NAMEISH = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
// Module constants, not literals in the functions: a literal makes a RegExp object per call.
const ACRONYM = /^[\p{Lu}\d.&-]{2,}$/u;
const CONTRACTION = /['’](?:m|re|ve|ll|d|t)$/i;
const PREFIXED = /^(?:al|el|ad|as|ash|ben|bin|abu|da|de|di|van|von)-\p{Lu}/u;

/** `/^\p{Lu}/u.test(w.text)`, settled by char code for ASCII (asked of every word, many times). */
export const isCapitalized = (w: Word) => {
  const c = w.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(w.text);
};
// The regular expressions below run only on words that can match (an initial ends in a dot; an
// acronym has two characters or more and no lower-case ASCII first letter).
export const isInitial = (w: Word) => w.text.endsWith(".") && INITIAL.test(w.text);
/** All capitals and longer than an initial: an acronym (NATO, AP), never part of a name. */
export const isAcronym = (w: Word) => {
  const c = w.text.charCodeAt(0);
  return !(c >= 97 && c <= 122) && ACRONYM.test(w.text) && !isInitial(w);
};
export const isParticle = (w: Word) => PARTICLES.has(w.lower) && !isCapitalized(w);
export const isPossessive = (w: Word) => w.lower === "'s" || w.lower === "'";

/** A word that can be part of a personal name. */
function isNameWord(w: Word): boolean {
  // Most words start with a lower-case ASCII letter or punctuation: settle those without a regex.
  const c = w.text.charCodeAt(0);
  if (c >= 97 && c <= 122) return PREFIXED.test(w.text);
  if (c < 65 || (c > 90 && c < 192)) return false;
  if (isInitial(w)) return true;
  // "I’m", "We’ve": contractions, not names (O’Neil keeps its capital after the apostrophe).
  if (CONTRACTION.test(w.text)) return false;
  if (PREFIXED.test(w.text)) return true;
  // "I" is the pronoun, not an initial.
  if (w.text.length === 1) return false;
  return NAMEISH.test(w.text) && !isAcronym(w);
}

/** Maximal runs [start, end) of capitalised name words, particles allowed inside. */
export function capitalRuns(words: Word[]): [number, number][] {
  const cached = runsOf.get(words);
  if (cached) return cached;
  const runs = findRuns(words);
  runsOf.set(words, runs);
  return runs;
}

const runsOf = slot<Word[], [number, number][]>("runs");

function findRuns(words: Word[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < words.length) {
    if (!isNameWord(words[i]) && !isAcronym(words[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length) {
      if (isNameWord(words[j]) || isAcronym(words[j])) j++;
      else if (isParticle(words[j]) && j + 1 < words.length && isNameWord(words[j + 1])) j++;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** The words as written: spaces only where the text had them ("King’s College London"). */
export function joinWords(words: Word[]): string {
  let out = "";
  for (let i = 0; i < words.length; i++)
    out += (i > 0 && words[i].start > words[i - 1].end ? " " : "") + words[i].text;
  return out;
}
