import type { Token } from "../doc.ts";
import naming from "../lexicon/statements.json";

const titleNouns = new Set(naming.titleNouns);
const termNouns = new Set(naming.termNouns);
const useVerbs = new Set(naming.useVerbs);
const namingVerbs = new Set(naming.namingVerbs);
const asVerbs = new Set(naming.asVerbs);
const carriers = new Set(naming.carriers);
const carrierVerbs = new Set(naming.carrierVerbs);
const activeSubjects = new Set(naming.activeSubjects);
const alwaysTitles = new Set(naming.alwaysNaming);
const adverbs = new Set(naming.adverbs);
const SKIPPED = /^(?:[,:\u2014\u2013"'\u201C\u201D\u2018\u2019\u00AB\u00BB]|''|``)$/;

/**
 * True when quotation marks only name a thing: a title ("the film “…”"), the words on a sign
 * ("placards reading “…”"), a name given without a speaker ("a group called “…”", "known as
 * “…”", "the so-called “…”"), or a term the writer sets off ("the word “…”"). A calling verb with
 * a speaker as its subject ("she dubbed it “…”", "what he called “…”") reports that speaker's
 * words instead. `before` holds the tokens of the quote's sentence before its opening mark;
 * `endsPerson(offset)` says whether a person's mention ends there (a named subject).
 */
export function namesAThing(
  content: string,
  before: Token[],
  endsPerson: (offset: number) => boolean,
): boolean {
  if (content.startsWith("#")) return true;
  const words = before.filter((t) => !SKIPPED.test(t.text));
  const at = (k: number) => words[words.length - k];
  const w1 = at(1);
  if (!w1) return false;
  const n1 = w1.normal;
  if (n1 === "called" && at(2)?.text === "-" && at(3)?.normal === "so") return true;
  if (alwaysTitles.has(n1)) return true;
  if (n1 === "as") {
    // "known as", "referred to as", "described as": a name unless a speaker is the subject.
    const verb = at(2)?.normal === "to" ? 3 : 2;
    if (!at(verb) || !asVerbs.has(at(verb).normal)) return false;
    return !hasSpeakerSubject(words, words.length - verb, endsPerson);
  }
  if (namingVerbs.has(n1)) return !hasSpeakerSubject(words, words.length - 1, endsPerson);
  const noun = w1.pos === "NOUN" || w1.pos === "PROPN";
  if (noun && titleNouns.has(n1)) return true;
  if (noun && termNouns.has(n1)) {
    return !words.slice(-7, -1).some((t) => useVerbs.has(t.normal));
  }
  if (carrierVerbs.has(n1) || n1 === "with") {
    // "a note of caution, saying": a carrier noun followed by "of" is a manner, not a sign.
    const recent = words.slice(-7);
    return recent.some(
      (t, k) => k < recent.length - 1 && carriers.has(t.normal) && recent[k + 1].normal !== "of",
    );
  }
  return false;
}

/** "he called “…”", "Smith has dubbed “…”", "what she calls “…”": the namer is a speaker. */
function hasSpeakerSubject(
  words: Token[],
  verb: number,
  endsPerson: (offset: number) => boolean,
): boolean {
  let k = verb - 1;
  while (k >= 0 && adverbs.has(words[k].normal)) k--;
  if (k < 0) return false;
  const subject = words[k];
  // A proper name as subject speaks even when the people stage did not list it.
  if (activeSubjects.has(subject.normal) || endsPerson(subject.end) || subject.pos === "PROPN")
    return true;
  // "what the senator called “…”": a relative clause whose subject speaks.
  return words.slice(Math.max(0, k - 4), k).some((t) => t.normal === "what");
}
