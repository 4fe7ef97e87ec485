import type { Token } from "../doc.ts";
import grammar from "../lexicon/quote-grammar.json" with { type: "json" };

const TIME_WORDS = new Set(grammar.timeWords);
const ADJUNCT_ADP = new Set(grammar.adjunctPrepositions);
const RECIPIENT_VERBS = new Set(grammar.recipientVerbsBeforeContent);
const OBJECT_PRONOUNS = new Set(grammar.listeners);
// Subordinate clauses may open reported speech: "said if he were president, …".
const SUBORDINATORS = new Set(grammar.subordinators);
const CLAUSE_STARTERS = new Set(grammar.questionWords);

/**
 * Where the reported content begins after a cue verb: after "that" when it follows within a few
 * words of adjuncts ("told NBC News earlier this week that"), else after the adjuncts themselves
 * ("said on Tuesday the plan …"). Returns -1 when no clause follows (a direct object, a quote).
 */
export function contentStart(toks: Token[], cue: number, end: number, lemma: string): number {
  let k = cue + 1;
  if (toks[k]?.normal === "out" || toks[k]?.normal === "on") k++;
  // "said that", "told NBC News earlier this week that".
  for (let j = k; j < Math.min(end, k + 14); j++) {
    const t = toks[j];
    if (
      t.normal === "that" &&
      (t.pos === "SCONJ" ||
        t.pos === "ADP" ||
        j === k ||
        (t.pos === "DET" && isClauseAhead(toks, j + 1, end)))
    )
      return j + 1;
    if (
      (t.type === "punctuation" && t.text !== "." && t.text !== "-") ||
      (t.pos === "VERB" && !t.normal.endsWith("ing"))
    )
      break;
  }
  if (RECIPIENT_VERBS.has(lemma)) {
    if (OBJECT_PRONOUNS.has(toks[k]?.normal)) k++;
    else while (k < end && /^\p{Lu}/u.test(toks[k].text)) k++;
  }
  k = skipAdjuncts(toks, k, end);
  if (k >= end) return -1;
  const t = toks[k];
  if (
    CLAUSE_STARTERS.has(t.normal) &&
    (lemma === "ask" || lemma === "wonder" || lemma === "question")
  )
    return k;
  if (lemma === "ask" || lemma === "wonder" || lemma === "question") return -1;
  if (SUBORDINATORS.has(t.normal)) return isClauseAhead(toks, k + 1, end) ? k : -1;
  const gerund = t.pos === "VERB" && t.normal.endsWith("ing");
  const adverb = t.pos === "ADV" && !t.normal.endsWith("ly") && t.normal !== "not";
  if (
    !(
      gerund ||
      adverb ||
      t.pos === "DET" ||
      t.pos === "PRON" ||
      t.pos === "PROPN" ||
      t.pos === "NOUN" ||
      t.pos === "NUM" ||
      t.pos === "ADJ" ||
      /^\p{Lu}/u.test(t.text)
    )
  )
    return -1;
  if (t.normal === "it" && toks[k + 1]?.type === "punctuation") return -1;
  return isClauseAhead(toks, k, end) ? k : -1;
}

/** Skips time words and short prepositional phrases ("on Tuesday", "in a statement"). */
export function skipAdjuncts(toks: Token[], from: number, end: number): number {
  let k = from;
  for (let guard = 0; guard < 4 && k < end; guard++) {
    const t = toks[k];
    if (TIME_WORDS.has(t.normal)) {
      k++;
      continue;
    }
    if (!ADJUNCT_ADP.has(t.normal)) break;
    let j = k + 1;
    while (
      j < end &&
      j - k <= 7 &&
      (toks[j].pos === "DET" ||
        toks[j].pos === "NOUN" ||
        toks[j].pos === "PROPN" ||
        toks[j].pos === "ADJ" ||
        toks[j].pos === "NUM" ||
        (toks[j].pos === "PRON" && toks[j].normal !== "he" && toks[j].normal !== "she") ||
        /^\p{Lu}/u.test(toks[j].text) ||
        toks[j].text === "-")
    )
      j++;
    if (j === k + 1) break;
    k = j;
    if (toks[k]?.text === ",") k++;
  }
  return k;
}

/** A clause lies ahead: a finite verb or auxiliary within the next words, before the end. */
export function isClauseAhead(toks: Token[], from: number, end: number): boolean {
  for (let j = from; j < Math.min(end, from + 25); j++) {
    const t = toks[j];
    if (t.pos === "AUX" || (t.pos === "VERB" && j > from)) return true;
    if (t.text === ";") return false;
  }
  return false;
}
