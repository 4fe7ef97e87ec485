import type { Token } from "../doc.ts";
import { isUpper } from "../util/token-flags.ts";
import { possessivePronouns, speechNounLemma } from "./lexicon.ts";
import { classify, type SpeakerPhrase } from "./subject/phrase.ts";

/** A statement reported through a noun: its speaker, the noun and the content's token range. */
export interface NounStatement {
  speaker: SpeakerPhrase;
  cue: number;
  lemma: string;
  from: number;
  to: number;
}

const POSSESSIVE_PRONOUNS = possessivePronouns;

/**
 * "Donald Trump's accusation that Clinton is playing the woman's card", "his promise to be
 * neutral": the possessor of a noun of speech said what follows "that" or "to".
 */
export function nounStatements(toks: Token[], s: number, end: number): NounStatement[] {
  const out: NounStatement[] = [];
  for (let n = s + 1; n + 2 < end; n++) {
    const lemma = speechNounLemma(toks[n].normal);
    if (!lemma || toks[n].pos !== "NOUN") continue;
    const next = toks[n + 1].normal;
    if (next !== "that" && next !== "to" && !(lemma === "call" && next === "for")) continue;
    const speaker = possessor(toks, s, n);
    if (speaker) out.push({ speaker, cue: n, lemma, from: n + 2, to: end });
  }
  return out;
}

function possessor(toks: Token[], s: number, n: number): SpeakerPhrase | null {
  let k = n - 1;
  while (k > s && toks[k].pos === "ADJ") k--;
  const t = toks[k];
  if (POSSESSIVE_PRONOUNS[t.normal])
    return { first: k, last: k, kind: "pronoun", nameFirst: k, nameLast: k };
  if (t.normal !== "'s" && t.normal !== "’s") return null;
  let first = k - 1;
  while (first - 1 >= s && isUpper(toks[first - 1]) && toks[first - 1].type === "word") first--;
  if (first > k - 1 || !isUpper(toks[first])) return null;
  return classify(toks, first, k - 1);
}
