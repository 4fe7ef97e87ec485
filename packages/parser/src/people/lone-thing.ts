import { officeholdersBySurname } from "../kb/index.ts";
import { surnameKey } from "./keys.ts";
import {
  ABBREVIATIONS,
  countryOfDemonym,
  HONORIFICS,
  isGeoName,
  isRecordedGivenName,
} from "./lexicon.ts";
import { isPluralNoun } from "./not-person.ts";
import { headOf, isRoleWord } from "./role.ts";
import { isCapitalized, type Word } from "./words.ts";

// Surnames written with a capital inside ("McAdams", "DeVries", "LaRue", "O'Neal", "VanDyke").
const INNER_CAPITAL_SURNAME = /^(?:Mac|Mc|Da|De|Del|Di|Du|La|Le|Van|Von|Fitz|O['’])\p{Lu}/u;

/**
 * A lone capitalised word that names a thing, not a person: a brand written with a capital inside
 * ("NewsHub", "SkyJet"), or a plural noun that is no office-holder's surname ("the Falcons",
 * "Independents said", "Trumpers").
 */
export function loneThing(word: Word): boolean {
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(word.text) && !INNER_CAPITAL_SURNAME.test(word.text))
    return true;
  return (
    isPluralNoun(word.lower) &&
    !isRecordedGivenName(word.text) &&
    officeholdersBySurname(surnameKey(word.text)).length === 0
  );
}

const JOINS_NAME = new Set(["and", "&", "of", "for"]);

/**
 * "executive director of the Harbor Alliance", "chairman of the House Tides and Currents
 * Committee": a lone word after a role's "of" ends a body's name, not a person's, when the word
 * before it is no role or country ("Alliance" after "Harbor") or the body's name goes on after
 * it. "Secretary of State Kerry", "President of Chile Bachelet" keep their person.
 */
export function bodyNameTail(pre: Word[], words: Word[], to: number): boolean {
  const last = pre[pre.length - 1];
  // The word before the name must be part of a body's name, not the person's title ("the
  // policies of President Ada Marsh and …").
  if (
    !last ||
    last.lower === "of" ||
    !isCapitalized(last) ||
    headOf([last.text]) !== null ||
    HONORIFICS.has(last.lower) ||
    ABBREVIATIONS.has(last.lower) ||
    // "Governor of Texas Abbott": a place is the office's domain (a people is a body's word).
    (isGeoName(last.text) && countryOfDemonym(last.text) === undefined) ||
    !pre.some((w) => w.lower === "of")
  )
    return false;
  const next = words[to + 1];
  return (
    !isRoleWord(last.lower) ||
    (JOINS_NAME.has(words[to]?.lower ?? "") && next !== undefined && isCapitalized(next))
  );
}
