import type { Token } from "../../doc.ts";
import { nonNameWords, pronouns } from "../lexicon.ts";
import { classify, DETS, isCap, npToken, type SpeakerPhrase } from "./phrase.ts";

/** The phrase right after an inverted cue ("said Frank Ledwidge, a senior lecturer"). */
export function subjectAfter(toks: Token[], cue: number, ceil: number): SpeakerPhrase | null {
  const start = cue + 1;
  if (start > ceil) return null;
  // "…, telling reporters", "…, noting the costs": after a participle the phrase is its object
  // (the listener, the thing said), never a speaker written after the verb.
  const verb = toks[cue];
  if (verb && /^\p{Ll}{2,}ing$/u.test(verb.text) && verb.normal !== "according") return null;
  const pron = pronouns[toks[start].normal];
  if (pron && toks[start].pos === "PRON" && toks[start].normal !== "it") {
    return { first: start, last: start, kind: "pronoun", nameFirst: start, nameLast: start };
  }
  let last = start - 1;
  while (
    last + 1 <= ceil &&
    (npToken(toks[last + 1], toks[last]) ||
      compoundHead(toks, last + 1) ||
      (last >= start && participleAdjective(toks, last + 1)))
  )
    last++;
  if (last >= start && toks[last + 1]?.normal === "of") {
    const withOf = ofPhrase(toks, start, last, ceil);
    if (withOf) return withOf;
  }
  while (
    last >= start &&
    (DETS.has(toks[last].normal) || (toks[last].pos === "ADJ" && !isCap(toks[last])))
  )
    last--;
  if (last < start) return null;
  // "said Tuesday", "said in a statement": a time word or a bare adjective is no speaker.
  if (last === start && nonNameWords.has(toks[start].text)) return null;
  return classify(toks, start, last);
}

/**
 * "said one of two witnesses" (a share of people), "said master of ceremonies Jane Roe" (a role
 * with its complement, then the name): a phrase that "of" continues.
 */
function ofPhrase(toks: Token[], start: number, last: number, ceil: number): SpeakerPhrase | null {
  let end = last + 1;
  while (end + 1 <= ceil && npToken(toks[end + 1], toks[end])) end++;
  if (end === last + 1) return null;
  if (last === start && (toks[start].pos === "NUM" || toks[start].normal === "one"))
    return { first: start, last: end, kind: "label", nameFirst: start, nameLast: end };
  // "Jane Roe of the law firm Roe Brown" is Jane Roe: only a role in lower case takes a name.
  if (isCap(toks[last])) return null;
  let k = end;
  while (k > last + 1 && isCap(toks[k]) && toks[k].pos === "PROPN") k--;
  // "the chairman of the Joint Chiefs" names a body, not a person: a noun must precede the name.
  if (k === end || isCap(toks[k]) || toks[k].pos !== "NOUN") return null;
  const name = classify(toks, k + 1, end);
  return name?.kind === "name" ? { ...name, first: start } : null;
}

/** "well-connected", "long-time": a word joined by a hyphen to the next opens a compound modifier. */
function compoundHead(toks: Token[], k: number): boolean {
  const hyphen = toks[k + 1];
  return (
    toks[k].type === "word" &&
    hyphen?.text === "-" &&
    hyphen.start === toks[k].end &&
    toks[k + 2]?.start === hyphen.end
  );
}

/** "one unaligned strategist", "a retired general": a participle between a determiner and a noun. */
function participleAdjective(toks: Token[], k: number): boolean {
  const t = toks[k];
  const before = toks[k - 1];
  const after = toks[k + 1];
  return (
    t.pos === "VERB" &&
    /^\p{Ll}+ed$/u.test(t.text) &&
    (before.pos === "DET" || before.pos === "NUM") &&
    (after?.pos === "NOUN" || after?.pos === "PROPN" || after?.pos === "ADJ")
  );
}
