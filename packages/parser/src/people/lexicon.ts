import countries from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { genderOfGivenName, isCommonGivenName } from "../coref/first-names.ts";
import { isKnownGivenName } from "../kb/index.ts";
import cities from "../lexicon/people-cities.json" with { type: "json" };
import cues from "../lexicon/people-cues.json" with { type: "json" };
import demonyms from "../lexicon/people-demonyms.json" with { type: "json" };
import nonperson from "../lexicon/people-nonperson.json" with { type: "json" };
import titles from "../lexicon/people-titles.json" with { type: "json" };
import { foldName } from "./keys.ts";
import { memo } from "./memo.ts";

/** Lower-case phrase key used by every word list here: curly apostrophes straightened. */
// Cheaper than a cache look-up: the replace runs only when there is a curly apostrophe.
const lowerKey = (s: string) => {
  const lower = s.toLowerCase();
  return (lower.includes("’") ? lower.replace(/’/g, "'") : lower).trim();
};

/** Role heads ("foreign minister" → government), multi-word phrases included. */
export const ROLE_HEADS = new Map<string, { category: string; weak: boolean }>(
  Object.entries(titles.heads).map(([k, [category, weak]]) => [
    k,
    { category, weak: weak === "weak" },
  ]),
);
/** Every single word that may sit inside a role phrase. */
export const ROLE_WORDS = new Set<string>([
  ...titles.modifiers,
  ...[...ROLE_HEADS.keys()].flatMap((h) => h.split(" ")),
]);
export const ABBREVIATIONS = new Map(Object.entries(titles.abbreviations));
export const HONORIFICS = new Set(titles.honorifics);
/** Family and personal relations: "the son of …" describes a tie to someone else, not a role. */
export const RELATIONS = new Set(titles.relations);
/** Plural titles over lists of names ("Sens." → "sen."). */
export const PLURAL_TITLES = new Map(Object.entries(titles.plurals));
export const FORMER = new Set(titles.former);
/** Titles US news gives US office-holders only ("Sen.", "Rep.", "congressman"). */
export const US_STYLE_TITLES: string[] = titles.usStyle.titles;

const countryNames = new Map<string, string>();
for (const [code, names] of Object.entries(countries.countries)) {
  for (const n of Array.isArray(names) ? names : [names]) countryNames.set(lowerKey(n), code);
}
for (const [n, code] of Object.entries(demonyms.countries)) countryNames.set(lowerKey(n), code);
const demonymMap = new Map(Object.entries(demonyms.demonyms));
const cityMap = new Map(Object.entries(cities.cities));

/** Country code of a country name ("Russia", "U.S."), or undefined. */
export const countryOfName = (s: string) =>
  countryNames.get(lowerKey(s).replace(/^the /, "")) ?? countryNames.get(lowerKey(s));
/** Country code of a demonym ("Ukrainian" → UA); null for supranational ones ("European"). */
export const countryOfDemonym = (s: string) => demonymMap.get(lowerKey(s));
/**
 * countryOfDemonym of a word, from the lower-case form it already has (`Word.lower` is the text
 * lower-cased with straight apostrophes, so only the trim is left): no new string per look-up.
 */
export const countryOfDemonymWord = (w: { lower: string }) => demonymMap.get(w.lower.trim());
/** "Canadians" → CA: a plural demonym ("fellow Canadians Maya Singh"). */
export const countryOfPluralDemonym = (text: string) =>
  /s$/.test(text) ? countryOfDemonym(text.slice(0, -1)) : undefined;
/** Country code of a city ("London" → GB); null when ambiguous (Cambridge). */
export const countryOfCity = (s: string) => cityMap.get(lowerKey(s));
/** Any geographic name: country, demonym or city. */
export const isGeoName = memo(
  (s: string) =>
    countryOfName(s) !== undefined || demonymMap.has(lowerKey(s)) || cityMap.has(lowerKey(s)),
);

export const ORG_LAST = new Set(nonperson.orgLastWords);
export const PLACE_LAST = new Set(nonperson.placeLastWords);
export const EVENT_LAST = new Set(nonperson.eventLastWords);
export const BRANCH_LAST = new Set(nonperson.branchLastWords);
export const NEVER_IN_NAME = new Set(nonperson.anyWords);
export const NEVER_PERSON = new Set(nonperson.single);
export const HYPHEN_TERM = new RegExp(nonperson.hyphenTerm);
/** Nouns that, heading an appositive ("X, a firm specialising in…"), show X is not a person. */
export const ORG_NOUNS = new Set(nonperson.orgNouns);
/** Lower-case nouns that, just before a name ("code-hosting service GitHub"), make it a thing. */
export const THING_NOUNS_BEFORE_NAME: readonly string[] = nonperson.thingNounsBeforeName;

export const SPEECH_LEMMAS = new Set(cues.speechLemmas);
export const INVERTED_SPEECH = new Set(cues.invertedSpeech);
export const PERSON_FOLLOWERS = new Set(cues.personFollowers);
const givenNames = new Set(cues.givenNames);

// Given names that are also words a sentence or a title opens with.
const WORD_NAMES = new Set(
  "may will june april august hope faith grace joy dawn summer autumn winter king prince major general justice chance destiny heaven genesis haven harmony honor liberty star sunny rich hunter chase grant page rose".split(
    " ",
  ),
);
const isCommonName = (word: string, folded: string) =>
  folded.length > 2 && !WORD_NAMES.has(folded) && isCommonGivenName(folded) && !isGeoName(word);

/** True when the word is a common given name (our list or office-holders' given names). */
export const isGivenName = memo((word: string): boolean => {
  // "Nils-Erik", "Jean-Luc": a hyphenated given name is one if its first part is.
  if (word.includes("-")) return isGivenName(word.split("-")[0]);
  const f = foldName(word);
  return f.length > 1 && (givenNames.has(f) || isKnownGivenName(f));
});

/**
 * isGivenName, or a name many US babies were given (Social Security counts: "Logan", "Brent")
 * unless it is also a place or an everyday word ("May", "Hope", "Dallas"). Only to tell that a
 * capitalised run names a person: elsewhere (lists, spouses) a surname such as "Cooper" would be
 * read as a given name.
 */
export const isPersonGivenName = memo(
  (word: string): boolean => isGivenName(word) || isCommonName(word, foldName(word)),
);

/**
 * isPersonGivenName, or any given name the Social Security counts hold with a clear sex (at
 * least 100 babies: "Wilhelmina", "Dieter"). Many of these are also surnames or words ("Goldman"),
 * so this only confirms a name that something else already marks as a person's place: a list
 * beside a named person, a relation noun before it.
 */
export const isRecordedGivenName = memo(
  (word: string): boolean =>
    isPersonGivenName(word) || (/^\p{Lu}\p{Ll}/u.test(word) && genderOfGivenName(word) !== null),
);
