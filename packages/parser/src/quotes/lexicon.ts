import type { Token } from "../doc.ts";
import coref from "../lexicon/coref-nouns.json";
import channels from "../lexicon/quote-channels.json";
import sources from "../lexicon/quote-sources.json";
import titles from "../lexicon/quote-titles.json";
import verbs from "../lexicon/quote-verbs.json";
import { flagsOf, SPEECH, UPPER } from "../util/token-flags.ts";
import { framingVerbs, indirectVerbs, speechForm } from "./speech-forms.ts";

const unambiguous = new Set(verbs.unambiguous);
const thinkingVerbs = new Set(verbs.notSpeechWithThat);
const objectVerbs = new Set(verbs.objectVerbs);
const speechNouns = new Map(Object.entries(verbs.speechNouns as Record<string, string>));
/** The verb lemma behind a noun of speech ("accusation" → accuse), or null. */
export const speechNounLemma = (normal: string): string | null => speechNouns.get(normal) ?? null;
const onlyWithThat = new Set(verbs.onlyWithThat);
/** Verbs that report speech only with an explicit "that" ("maintained that …", not "maintained a lead"). */
export const needsThat = (lemma: string) => onlyWithThat.has(lemma);
/** Verbs whose statement may be an object rather than a clause ("accused Clinton of ducking"). */
export const takesObject = (lemma: string) => objectVerbs.has(lemma) && !onlyWithThat.has(lemma);

const ARTICLES = /^(?:the|a|an|its|his|her|their|our|my|your)$/;

/**
 * The lemma of a speech verb token, or null when the token is not one. `lenient` accepts forms
 * that wink-nlp tagged as nouns ("Conway notes."), for the tag right after a quote. With `next`,
 * a form tagged as a noun between a subject and its clause is a verb too ("McKinley notes that").
 */
export function speechLemma(
  tok: Token,
  lenient = false,
  prev?: Token,
  next?: Token,
): string | null {
  // Called for every token, often several times: the token's flags settle almost all of them.
  const flags = flagsOf(tok);
  if ((flags & SPEECH) === 0) return null;
  const normal = tok.normal;
  const lemma = speechForm(normal, tok.lemma);
  // "Qaboos bin Said": capitalized inside a sentence, a verb form is a name.
  if ((flags & UPPER) !== 0 && prev && !/^[.!?"“”'‘’:;—–-]+$/.test(prev.text)) return null;
  // "self-described": the second half of a compound is no verb of its own.
  if (prev?.text === "-" && prev.end === tok.start) return null;
  // "after calling off classes": calling something off reports no words.
  if (lemma === "call" && next?.normal === "off") return null;
  // "one of the states suing", "her claims": after an article or a possessive it is a noun.
  if (prev && ARTICLES.test(prev.normal)) return null;
  if (unambiguous.has(normal) || (lenient && tok.pos === "NOUN" && normal.endsWith("s")))
    return lemma;
  if (tok.pos === "NOUN" && next && prev && isVerbBetween(tok, prev, next)) return lemma;
  // wink-nlp often tags "say" as a noun ("Some say the …", "3 in 10 say they …"); the noun
  // ("have a say", "no say in it") follows an article or a quantity word.
  if (
    normal === "say" &&
    tok.pos === "NOUN" &&
    !NOUN_SAY_BEFORE.has(prev?.normal ?? "") &&
    next?.text !== ","
  )
    return lemma;
  // wink-nlp tags "says"/"claims" as nouns now and then; trust the tag for the ambiguous forms.
  if (tok.pos !== "VERB" && tok.pos !== "AUX") return null;
  return lemma;
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "who", "which"]);
const PLURAL_SUBJECT_PRONOUNS = new Set([
  "they",
  "we",
  "i",
  "you",
  "who",
  "others",
  "many",
  "some",
]);
const OBJECT_PRONOUNS = new Set(["him", "them", "me", "us"]);
const NOUN_SAY_BEFORE = new Set([
  "no",
  "any",
  "more",
  "less",
  "little",
  "much",
  "final",
  "equal",
  "greater",
  "real",
  "big",
  ",",
]);

/**
 * "The Tax Foundation estimates that …", "Trump claims he …": a third-person form that wink-nlp
 * tagged as a noun, after a subject and before a clause. A determiner or possessive before it
 * ("the claims that", "Trump's claims that") keeps it a noun.
 */
function isVerbBetween(tok: Token, prev: Token, next: Token): boolean {
  if (!tok.normal.endsWith("s") || tok.normal.endsWith("ss"))
    return isPluralVerbBetween(prev, next);
  const nameOrPronoun = prev.pos === "PROPN" || SUBJECT_PRONOUNS.has(prev.normal);
  if (!nameOrPronoun && prev.pos !== "NOUN") return false;
  // "Democrats, Reyes notes, applaud …": a tag set off by commas.
  if (next.normal === "that" || (nameOrPronoun && /^[:,.]$/.test(next.text))) return true;
  // "The ad claims “…”", "Okafor writes “…”": a subject right before an opening quotation mark.
  // Not after a possessive: "Trump's remarks “…”" is a noun.
  if ((next.text === "“" || next.text === '"') && !/['’]s?$/.test(prev.text)) return true;
  if (nameOrPronoun) return (next.pos === "PRON" || next.pos === "DET") && next.normal !== "that";
  // "the couple claims they …": a noun subject before a subject pronoun.
  return CLAUSE_SUBJECTS.has(next.normal);
}

const CLAUSE_SUBJECTS = new Set(["he", "she", "they", "we", "i"]);

/**
 * "Critics point out that …", "The unions claim the …", "64 percent call him …": a base form
 * tagged as a noun after a plural subject and before "that", "out" or a clause's subject, or
 * before an object pronoun.
 */
function isPluralVerbBetween(prev: Token, next: Token): boolean {
  // "… call him competent": an object pronoun follows a verb, never a noun.
  if (OBJECT_PRONOUNS.has(next.normal)) return true;
  const plural =
    prev.normal === "percent" ||
    PLURAL_SUBJECT_PRONOUNS.has(prev.normal) ||
    ((prev.pos === "NOUN" || prev.pos === "PROPN") &&
      prev.normal.endsWith("s") &&
      !prev.normal.endsWith("ss") &&
      !prev.normal.endsWith("'s") &&
      !prev.normal.endsWith("’s"));
  if (!plural) return false;
  return (
    next.normal === "that" || next.normal === "out" || next.pos === "DET" || next.pos === "PRON"
  );
}

/** True for verbs that only frame a quoted fragment ("described … as"). */
export const isFramingOnly = (lemma: string) =>
  framingVerbs.has(lemma) && !indirectVerbs.has(lemma);
/** Verbs of belief, which report thoughts rather than statements. */
export const isThinkingVerb = (lemma: string) => thinkingVerbs.has(lemma);
const notReported = new Set(verbs.notReportedSpeech);
/**
 * Verbs that may tag a quotation but report no statement without one: agreeing, concluding,
 * revealing, wondering and questioning, naming ("agreed to testify", "the study concluded that",
 * "wondered whether", "dubbed it").
 */
export const reportsNoStatement = (lemma: string) => notReported.has(lemma);

export const sourceNouns = new Set(sources.sourceNouns);
export const notSources = new Set(sources.notSources);
const thingSuffix = new RegExp(`(?:${sources.thingSuffixes.join("|")})s?$`);
const speakingThings = new Set([
  ...sources.thingSuffixSpeakers,
  ...sources.sourceNouns,
  ...sources.recordNouns,
  ...coref.organizationHeads,
  ...coref.groupHeads,
  ...coref.documentHeads,
]);
/** An abstract noun, which names no one who speaks ("this interconnectedness", "his objection"). */
export const isThingNoun = (normal: string) =>
  thingSuffix.test(normal) &&
  !speakingThings.has(normal.replace(/s$/, "")) &&
  !speakingThings.has(normal);
/** Records that "according to" may cite ("according to a count by …", "according to the data"). */
export const recordNouns = new Set(sources.recordNouns);
export const pronouns = sources.pronouns as Record<string, string>;
/** Possessive pronouns and the subject pronoun each stands for ("his" → "he"). */
export const possessivePronouns = sources.possessivePronouns as Record<string, string>;
const countryWords = sources.countryWords as Record<string, string | null>;
export const institutionHeads = new Set(sources.institutionHeads);

/** Country of a source label from a demonym or country name in it ("senior U.S. officials" → US). */
export function countryOfLabel(label: string): string | null {
  const words = label
    .toLowerCase()
    .replace(/’s|'s/g, "")
    .split(/[\s,]+/);
  for (let n = 2; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const key = words.slice(i, i + n).join(" ");
      const code = countryWords[key];
      if (code) return code;
    }
  }
  return null;
}

export const platforms = channels.platforms;
export const channelNouns = channels.nouns;

const titleWords = new Set(titles.words);
/** True for words that are titles or roles, not names ("President", "Gen.", "minister"). */
export const isTitleWord = (word: string) => titleWords.has(word.toLowerCase().replace(/\.$/, ""));
/** Words that are capitalized but never part of a person's name. */
export const nonNameWords = new Set(titles.notNames);
