import type { Sentence, Token } from "../doc.ts";

// Abbreviations ("U.S."), numbers ("2022-11-15", "1,000"), words (with inner apostrophes:
// "O'Rourke"), "'s" on its own, or any other single character: hyphens split words, as in wink-nlp.
const TOKEN =
  /(?:\p{L}\.){2,}|\d+(?:[-.,:/]\d+)*|[\p{L}\p{N}]+(?:['’](?![sS]\b)\p{L}+)*|['’][sS]\b|\S/gu;

const cache = new WeakMap<readonly Sentence[], { line: string; tokens: Token[] }>();

/**
 * Tokens of a short line that the sentences stage does not tokenise (the title), offsets
 * relative to the line. Lemma and part of speech are taken from the same word in the body, where
 * wink-nlp saw it in a sentence (a headline's capitals fool its tagger: "Bombs" as a proper noun);
 * a word the body lacks keeps its lower-case form and the tag X (unknown). Cheaper than a
 * wink-nlp pass per title.
 */
export function tokenizeLine(line: string, body: readonly Sentence[]): Token[] {
  const hit = cache.get(body);
  if (hit && hit.line === line) return hit.tokens;
  const matches = [...line.matchAll(TOKEN)];
  const known = new Map<string, Token | null>(matches.map((m) => [m[0].toLowerCase(), null]));
  let missing = known.size;
  for (const s of body) {
    if (missing === 0) break;
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
      lemma: seen?.lemma ?? normal,
      normal,
      type,
    });
  }
  cache.set(body, { line, tokens });
  return tokens;
}
