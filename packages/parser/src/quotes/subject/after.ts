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
  while (last + 1 <= ceil && npToken(toks[last + 1], toks[last])) last++;
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
