import type { Doc, Token } from "../doc.ts";
import demonyms from "../lexicon/place-demonyms.json" with { type: "json" };
import stop from "../lexicon/topic-phrase-stop.json" with { type: "json" };
import type { KeyPhrase } from "../types.ts";
import { paragraphWeight } from "./article-topics.ts";
import { findCues } from "./match.ts";
import { tokenizeLine } from "./tokenize-line.ts";

const DEMONYMS = new Set(Object.values(demonyms).flat());
const STOP_MODIFIERS = new Set(stop.modifiers);
const STOP_HEADS = new Set(stop.heads);
const MAX_WORDS = 4;
const TITLE_WEIGHT = 3;

interface Candidate {
  text: string;
  lemmas: string[];
  /** The lemmas joined, with a space at each end: for the containment test, built once. */
  padded: string;
  score: number;
}

function isModifier(t: Token): boolean {
  if (t.pos === "PROPN") return DEMONYMS.has(t.text);
  return (t.pos === "ADJ" || t.pos === "NOUN") && t.type === "word";
}

/**
 * Salient multi-word terms: noun phrases of two to four words (adjectives, nouns and demonyms
 * before a noun), scored by weighted frequency, length and whether they hold a topic cue, then
 * deduplicated by lemma so that "peace talks" and "peace talk" are one, and a phrase inside a
 * better one is dropped.
 */
export function keyPhrases(doc: Doc, limit = 10): KeyPhrase[] {
  const found = new Map<string, Candidate>();
  const add = (tokens: readonly Token[], weight: number) => {
    const cueEnds = new Set(findCues(tokens).map((c) => c.end));
    for (let i = 0; i < tokens.length; i++) {
      if (!isModifier(tokens[i]) || STOP_MODIFIERS.has(tokens[i].lemma)) continue;
      let j = i;
      while (
        j + 1 < tokens.length &&
        j + 1 - i < MAX_WORDS &&
        isModifier(tokens[j + 1]) &&
        !STOP_MODIFIERS.has(tokens[j + 1].lemma)
      )
        j++;
      // Trim to the last noun: the head of the phrase.
      while (j > i && tokens[j].pos !== "NOUN") j--;
      if (j === i || STOP_HEADS.has(tokens[j].lemma)) continue;
      // "striking energy infrastructure": a leading -ing word is a verb's, not the phrase's.
      let from = i;
      while (j - from >= 2 && /ing$/.test(tokens[from].normal)) from++;
      const words = tokens.slice(from, j + 1);
      const lemmas = words.map((t) => t.lemma.toLowerCase());
      const key = lemmas.join(" ");
      const bonus = words.some((t) => cueEnds.has(t.end)) ? 1.5 : 1;
      const c = found.get(key) ?? {
        text: words
          .map((t) => t.text)
          .join(" ")
          .toLowerCase(),
        lemmas,
        padded: ` ${key} `,
        score: 0,
      };
      c.score += weight * bonus * (1 + 0.3 * (words.length - 2));
      found.set(key, c);
      i = j;
    }
  };
  if (doc.article.title) add(tokenizeLine(doc.article.title, doc.sentences), TITLE_WEIGHT);
  for (const s of doc.sentences) if (s.paragraph >= 0) add(s.tokens, paragraphWeight(s.paragraph));
  const ranked = [...found.values()].sort(
    (a, b) => b.score - a.score || (a.text < b.text ? -1 : 1),
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.some((k) => contains(k, c) || contains(c, k))) continue;
    kept.push(c);
    if (kept.length === limit) break;
  }
  const best = kept[0]?.score ?? 1;
  return kept.map((c) => ({ text: c.text, score: Math.round((c.score / best) * 1000) / 1000 }));
}

function contains(long: Candidate, short: Candidate): boolean {
  if (short.lemmas.length > long.lemmas.length) return false;
  return long.padded.includes(short.padded);
}
