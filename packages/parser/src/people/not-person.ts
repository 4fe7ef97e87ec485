import type { Token } from "../doc.ts";
import { findOrganization, officeholdersBySurname } from "../kb/index.ts";
import { gazetteerAt } from "../places/find.ts";
import { nlp } from "../util/nlp.ts";
import { surnameKey } from "./keys.ts";
import {
  BRANCH_LAST,
  countryOfDemonym,
  countryOfDemonymWord,
  countryOfName,
  EVENT_LAST,
  HYPHEN_TERM,
  isGeoName,
  isGivenName,
  isPersonGivenName,
  NEVER_IN_NAME,
  NEVER_PERSON,
  ORG_LAST,
  ORG_NOUNS,
  PLACE_LAST,
} from "./lexicon.ts";
import { isRoleWord } from "./role.ts";
import { isAcronym, isCapitalized, type Word } from "./words.ts";

/** Reasons the capitalised words cannot be a person's name. */
export function notAPerson(
  core: Word[],
  before: Word | undefined,
  after: Word[],
  titled = false,
): boolean {
  if (core.length === 0) return true;
  const text = core.map((w) => w.text).join(" ");
  const last = core[core.length - 1].lower;
  if (
    core.some(
      (w) =>
        NEVER_IN_NAME.has(w.lower) || /\d/.test(w.text) || HYPHEN_TERM.test(w.text) || isAcronym(w),
    )
  )
    return true;
  if (ORG_LAST.has(last) || PLACE_LAST.has(last) || EVENT_LAST.has(last)) return true;
  // "Streamflix Japan", "a Greyline North coach": a body's branch, after a word that is no given
  // name; a compass word only before a noun ("Kanye West said" is a person).
  if (
    core.length > 1 &&
    (countryOfName(core[core.length - 1].text) ||
      (BRANCH_LAST.has(last) && after[0]?.pos === "NOUN" && !isCapitalized(after[0]))) &&
    !isPersonGivenName(core[0].text)
  )
    return true;
  if (core.length === 1 && (NEVER_PERSON.has(last) || isGeoName(text))) return true;
  if (isGeoName(text) || countryOfDemonymWord(core[0]) !== undefined) return true;
  // The gazetteer reads only text and offsets, which words have like tokens.
  const place = gazetteerAt(core as unknown as Token[], 0);
  if (place && place.next === core.length) return true;
  if (
    core.length === 1 &&
    (isRoleWord(last) || (last.endsWith("s") && countryOfDemonym(last.slice(0, -1)) !== undefined))
  )
    return true;
  if (countryOfDemonymWord(core[core.length - 1]) !== undefined) return true;
  if (findOrganization(text)) return true;
  // "Breitbart California", "Reuters Institute": a known organization's name starting the phrase.
  if (core.length > 1 && !isGivenName(core[0].text) && findOrganization(core[0].text)) return true;
  // "the Kinburn Peninsula", "the Defense Priorities": people do not take an article.
  if (before?.lower === "the" && !titled) return true;
  if (after[0]?.lower === "of" && after[1] && isCapitalized(after[1])) {
    const ext = [text, "of", ...after.slice(1, 5).map((w) => w.text)];
    for (let n = ext.length; n > 2; n--)
      if (findOrganization(ext.slice(0, n).join(" "))) return true;
  }
  return false;
}

/** ", a firm specialising in …", ", the website": an appositive that makes the name a thing. */
export function describedAsThing(words: Word[], to: number): boolean {
  if (words[to]?.text !== "," || !["a", "an", "the"].includes(words[to + 1]?.lower ?? ""))
    return false;
  // The head noun is the last word before a comma or a preposition: "a fire service spokesman"
  // is a person, "a firm specialising in …" is not.
  let end = to + 2;
  while (
    end < words.length &&
    end < to + 8 &&
    !/^[,.;:()]$/.test(words[end].text) &&
    words[end].pos !== "ADP" &&
    words[end].pos !== "VERB" &&
    words[end].lower !== "that"
  )
    end++;
  const phrase = words.slice(to + 2, end).map((w) => w.lower);
  const last = phrase[phrase.length - 1] ?? "";
  const lastTwo = phrase.slice(-2).join(" ");
  if (isRoleWord(last)) return false;
  return ORG_NOUNS.has(last) || ORG_NOUNS.has(lastTwo);
}

/** "voters", "officials": a plural common noun (wink-nlp lemmatises it to a singular). */
export function isPluralNoun(lower: string): boolean {
  if (!lower.endsWith("s")) return false;
  // wink-nlp's typings reject `its.lemma` though it works; it reads like `its.value`.
  const lemma = nlp.its.lemma as unknown as typeof nlp.its.value;
  return nlp.readDoc(lower).tokens().out(lemma)[0] !== lower;
}

/**
 * "Edmonton Oilers", "British Columbians", "Prince George": a team or a people (a place or a
 * demonym, then one plural word) or a place whose first word looks like a title.
 */
export function placeRun(words: Word[], from: number, coreFrom: number, to: number): boolean {
  if (coreFrom === from) return false;
  if (
    isGeoName(
      words
        .slice(from, to)
        .map((w) => w.text)
        .join(" "),
    )
  )
    return true;
  const lone = words[coreFrom];
  if (to - coreFrom !== 1 || !lone.lower.endsWith("s") || isGivenName(lone.text)) return false;
  const before = words.slice(from, coreFrom).map((w) => w.text);
  return isGeoName(before.join(" ")) || before.every((w) => countryOfDemonym(w) !== undefined);
}

/**
 * "Halifax Comets", "Lakeside Rovers": two capitalised words, the first no given name and the
 * last a plural noun that is no office-holder's surname, name a team or a group.
 */
export function pluralGroup(core: Word[]): boolean {
  if (core.length !== 2 || isPersonGivenName(core[0].text)) return false;
  const last = core[1];
  return isPluralNoun(last.lower) && officeholdersBySurname(surnameKey(last.text)).length === 0;
}
