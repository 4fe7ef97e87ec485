import stopwords from "../lexicon/structure-stopwords.json";

/** Each stopword → the languages whose list holds it, in list order: one look-up per word. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries(stopwords as Record<string, string[]>))
  for (const w of new Set(words)) {
    const langs = LANGUAGES_OF.get(w);
    if (langs) langs.push(lang);
    else LANGUAGES_OF.set(w, [lang]);
  }

// Stopwords are short: a longer word is counted without being sliced and looked up.
let MAX_STOPWORD = 0;
for (const w of LANGUAGES_OF.keys()) MAX_STOPWORD = Math.max(MAX_STOPWORD, w.length);

/**
 * The stopwords of up to six ASCII letters and apostrophes, keyed by a number made of their
 * letters (5 bits each): most words of a text are looked up without a string of their own.
 */
const ASCII_KEY_LENGTH = 6;
const LANGUAGES_OF_KEY = new Map<number, string[]>();
for (const [w, langs] of LANGUAGES_OF) {
  const key = w.length <= ASCII_KEY_LENGTH ? asciiKey(w, 0, w.length) : -1;
  if (key >= 0) LANGUAGES_OF_KEY.set(key, langs);
}

/** Scripts that identify a language well enough for a best guess. */
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hiragana}|\p{Script=Katakana}/u, "ja"],
  [/\p{Script=Hangul}/u, "ko"],
  [/\p{Script=Han}/u, "zh"],
  [/\p{Script=Cyrillic}/u, "ru"],
  [/\p{Script=Arabic}/u, "ar"],
  [/\p{Script=Hebrew}/u, "he"],
  [/\p{Script=Greek}/u, "el"],
  [/\p{Script=Devanagari}/u, "hi"],
  [/\p{Script=Thai}/u, "th"],
];

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const MAX_WORDS = 3000;

/**
 * Detects the language cheaply: the share of each language's stopwords among the first words,
 * or the writing system when the text is mostly not Latin. Returns an ISO 639-1 code or "und".
 */
export function detectLanguage(text: string): string {
  const sample = text.length > 40_000 ? text.slice(0, 40_000) : text;
  let words = 0;
  let latin = 0;
  const other = new Map<string, number>();
  const hits = new Map<string, number>();
  // The words are runs of letters and apostrophes, found by char codes: a regular expression's
  // match objects, one per word, were 5% of all the parser allocated.
  let i = 0;
  while (i < sample.length) {
    const from = wordFrom(sample, i);
    if (from < 0) break;
    i = wordEnd(sample, from);
    if (++words > MAX_WORDS) break;
    // A word opening with an ASCII letter (nearly all) is Latin: look it up by its letters.
    const first = sample.charCodeAt(from) | 32;
    if (first >= 97 && first <= 122) {
      latin++;
      if (i - from > MAX_STOPWORD) continue;
      const key = i - from <= ASCII_KEY_LENGTH ? asciiKey(sample, from, i) : -1;
      const langs =
        key >= 0
          ? LANGUAGES_OF_KEY.get(key)
          : LANGUAGES_OF.get(sample.slice(from, i).toLowerCase());
      if (langs) for (const lang of langs) hits.set(lang, (hits.get(lang) ?? 0) + 1);
      continue;
    }
    const w = sample.slice(from, i).toLowerCase();
    if (isLatin(w)) {
      latin++;
      const langs = LANGUAGES_OF.get(w);
      if (langs) for (const lang of langs) hits.set(lang, (hits.get(lang) ?? 0) + 1);
      continue;
    }
    const script = SCRIPTS.find(([re]) => re.test(w[0]));
    if (script) other.set(script[1], (other.get(script[1]) ?? 0) + 1);
  }
  if (words === 0) return "und";
  const [scriptLang, scriptCount] = best(other);
  if (scriptLang && scriptCount > latin) return scriptLang;
  const [lang, count] = best(hits);
  if (!lang) return "und";
  // Short texts say little; a clear majority of English stopwords is still enough.
  if (latin < 8) return lang === "en" && count >= 2 ? "en" : "und";
  return count / latin >= 0.08 ? lang : "und";
}

/**
 * The letters of text[from, to) as a number, lower case (a–z 1–26, ' 27, ’ 28, 5 bits each), or
 * -1 when one is none of these. At most six letters: the number stays a small integer.
 */
function asciiKey(text: string, from: number, to: number): number {
  let key = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 32;
    const code =
      lower >= 97 && lower <= 122 && c < 128 ? lower - 96 : c === 39 ? 27 : c === 0x2019 ? 28 : -1;
    if (code < 0) return -1;
    key = key * 32 + code;
  }
  return key;
}

/** Whether the code unit (or the pair it starts) at `i` is a letter or an apostrophe. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122) || c === 39 ? 1 : 0;
  if (c === 0x2019) return 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER.test(text[i]) ? 1 : 0;
}

function wordFrom(text: string, i: number): number {
  while (i < text.length) {
    const n = wordCharAt(text, i);
    if (n > 0) return i;
    i += i + 1 < text.length && isPairAt(text, i) ? 2 : 1;
  }
  return -1;
}

function wordEnd(text: string, i: number): number {
  while (i < text.length) {
    const n = wordCharAt(text, i);
    if (n === 0) return i;
    i += n;
  }
  return i;
}

function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}

/** Whether the word starts with a Latin letter; ASCII letters, nearly every word, skip the regex. */
function isLatin(word: string): boolean {
  const lower = word.charCodeAt(0) | 32;
  return (lower >= 97 && lower <= 122) || LATIN.test(word[0]);
}

function best(counts: Map<string, number>): [string | null, number] {
  let top: string | null = null;
  let n = 0;
  for (const [k, v] of counts) {
    if (v > n) {
      top = k;
      n = v;
    }
  }
  return [top, n];
}
