import type { Sentence, Token } from "../doc.ts";
import { slot } from "../util/slot.ts";
import { isCueLemma } from "./match.ts";

// Abbreviations ("U.S."), numbers ("2022-11-15", "1,000"), words (with inner apostrophes:
// "O'Rourke"), "'s" on its own, or any other single character: hyphens split words, as in wink-nlp.
const TOKEN =
  /(?:\p{L}\.){2,}|\d+(?:[-.,:/]\d+)*|[\p{L}\p{N}]+(?:['’](?![sS]\b)\p{L}+)*|['’][sS]\b|\S/gu;

const LEAD_PARAGRAPHS = 4;
const cache = slot<readonly Sentence[], { line: string; tokens: Token[] }>("titleTokens");

/**
 * Tokens of a short line that the sentences stage does not tokenise (the title), offsets
 * relative to the line. Lemma and part of speech are taken from the same word in the body, where
 * wink-nlp saw it in a sentence (a headline's capitals fool its tagger: "Bombs" as a proper noun);
 * a word the body lacks gets a suffix-stripped form that a cue uses, else its lower-case form,
 * and the tag X (unknown). Cheaper than a wink-nlp pass per title.
 */
export function tokenizeLine(line: string, body: readonly Sentence[]): Token[] {
  const hit = cache.get(body);
  if (hit && hit.line === line) return hit.tokens;
  const matches = [...line.matchAll(TOKEN)];
  const known = new Map<string, Token | null>(matches.map((m) => [m[0].toLowerCase(), null]));
  let missing = known.size;
  // Title words are nearly always in the lead: a word not found there gets a guessed lemma.
  for (const s of body) {
    if (missing === 0 || s.paragraph < 0 || s.paragraph >= LEAD_PARAGRAPHS) break;
    for (const t of s.tokens) {
      if (known.get(t.normal) !== null) continue;
      known.set(t.normal, t);
      missing--;
    }
  }
  const tokens: Token[] = [];
  for (const m of matches) {
    const text = m[0];
    const normal = text.toLowerCase();
    const seen = known.get(normal);
    const type = /^\p{N}/u.test(text)
      ? "number"
      : /^[\p{L}'’]/u.test(text)
        ? "word"
        : "punctuation";
    tokens.push({
      text,
      start: m.index,
      end: m.index + text.length,
      pos: seen?.pos ?? (type === "punctuation" ? "PUNCT" : /^\p{Lu}/u.test(text) ? "PROPN" : "X"),
      lemma: seen?.lemma ?? guessLemma(normal),
      normal,
      type,
    });
  }
  cache.set(body, { line, tokens });
  return tokens;
}

const SUFFIXES: [string, string][] = [
  ["ies", "y"],
  ["es", ""],
  ["s", ""],
  ["ed", ""],
  ["ed", "e"],
  ["ing", ""],
  ["ing", "e"],
];

/** For a title word the body lacks ("crashes"): the first suffix-stripped form a cue uses. */
function guessLemma(normal: string): string {
  if (isCueLemma(normal)) return normal;
  for (const [suffix, replacement] of SUFFIXES) {
    if (normal.length <= suffix.length + 2 || !normal.endsWith(suffix)) continue;
    const stem = normal.slice(0, -suffix.length) + replacement;
    if (isCueLemma(stem)) return stem;
  }
  return normal;
}
