import {
  ABBREVIATIONS,
  countryOfDemonymWord,
  countryOfName,
  countryOfPluralDemonym,
  FORMER,
  HONORIFICS,
  INVERTED_SPEECH,
  isGeoName,
  isGivenName,
  NEVER_IN_NAME,
  ROLE_HEADS,
} from "./lexicon.ts";
import { headOf, isPluralTitle, isRoleWord } from "./role.ts";
import {
  isAcronym,
  isCapitalized,
  isInitial,
  isParticle,
  isPossessive,
  type Word,
} from "./words.ts";

const ROLE_HEADS_ONLY = (w: string) => headOf([w]) !== null;
// Days and months ("This Wednesday Greek Foreign Minister …") are never part of a title.
const CALENDAR = new Set([...NEVER_IN_NAME].filter((w) => w.length > 4));
// An acronym the tagger reads as a function word ("BC/ADV Liberal leader", "US/PRON") is a body
// or a place, which titles often open.
const notTitle = (w: Word) =>
  CALENDAR.has(w.lower) ||
  (isCapitalized(w) && FUNCTION_POS.has(w.pos) && !isRoleWord(w.lower) && !isAcronym(w));

const FUNCTION_POS = new Set([
  "ADV",
  "SCONJ",
  "CCONJ",
  "ADP",
  "DET",
  "PRON",
  "AUX",
  "PART",
  "INTJ",
]);

const titleish = (w: Word) =>
  isRoleWord(w.lower) ||
  countryOfPluralDemonym(w.text) !== undefined ||
  HONORIFICS.has(w.lower) ||
  FORMER.has(w.lower) ||
  isAcronym(w) ||
  countryOfDemonymWord(w) !== undefined ||
  (isGeoName(w.text) && !isGivenName(w.text));

/**
 * "President of France Ana Ruiz", "Prime Minister of India Ravi Rao": a country right after a
 * role's "of" is the office's domain even when it is also a given name, if a full name follows.
 */
function officeDomain(words: Word[], i: number, to: number): boolean {
  return (
    to - i >= 3 &&
    words[i - 1]?.lower === "of" &&
    isRoleWord(words[i - 2]?.lower ?? "") &&
    countryOfName(words[i].text) !== undefined
  );
}

/** Index where the name starts inside a run: after the last title-like word ("Russian Foreign Minister | Sergey Lavrov"). */
export function nameStart(words: Word[], from: number, to: number): number {
  let start = from;
  // "United States Joe Biden", "New Zealand Prime Minister …": a two-word place is a title word too.
  for (let i = from; i < to - 2; i++)
    if (isGeoName(`${words[i].text} ${words[i + 1].text}`)) start = i + 2;
  for (let i = from; i < to - 1; i++)
    if (
      (titleish(words[i]) || officeDomain(words, i, to)) &&
      !(
        i === from &&
        isGivenName(words[i].text) &&
        !ABBREVIATIONS.has(words[i].lower) &&
        !ROLE_HEADS.has(words[i].lower) &&
        !officeDomain(words, i, to)
      )
    )
      start = Math.max(start, i + 1);
  // "Said Ruiz: …": a verb of speech before the speaker, not a given name "Said".
  if (
    from === 0 &&
    to === 2 &&
    INVERTED_SPEECH.has(words[0].lower) &&
    /^[:,]$/.test(words[2]?.text ?? "")
  )
    start = 1;
  // Capitalised only because they open the sentence: "As Politico", "So Kelly".
  while (start < to - 1 && FUNCTION_POS.has(words[start].pos) && !isGivenName(words[start].text))
    start++;
  while (start < to && (isParticle(words[start]) || isInitial(words[start]))) start++;
  return start;
}

const ARTICLES = new Set(["a", "an", "the"]);
const FOR_WHOM = new Set(["for", "to"]);
const JOINING = new Set(["and", "&"]);

/**
 * "Party for Socialism and Liberation nominee", "Secretary of Health and Human Services": a word
 * joining capitalised words inside a name. "and" only after an "of" or "for" of that name:
 * "Okafor and Chilean President Varela" lists people.
 */
function joinsName(words: Word[], k: number): boolean {
  const w = words[k];
  const next = words[k + 1];
  if (!next || !isCapitalized(next) || isRoleWord(next.lower) || k < 2) return false;
  if (!isCapitalized(words[k - 1]) || isGivenName(words[k - 1].text)) return false;
  if (w.lower === "for") return true;
  if (!JOINING.has(w.lower)) return false;
  let j = k - 1;
  while (j > 0 && isCapitalized(words[j])) j--;
  return (
    (words[j].lower === "of" || words[j].lower === "for") && j > 0 && isCapitalized(words[j - 1])
  );
}

/**
 * "Sanatan Sabha (All India Cow Union) president": a gloss of a body's name, in capitals, closing
 * at `close`; not a party tag ("(D-Pa.)") nor a nickname.
 */
function glossOfName(words: Word[], close: number): boolean {
  const open = words.slice(0, close).findLastIndex((w) => w.text === "(");
  if (open < 1 || close - open < 3 || close - open > 7 || !isCapitalized(words[open - 1]))
    return false;
  return words
    .slice(open + 1, close)
    .every(
      (w) => (isCapitalized(w) && !/[-.]/.test(w.text)) || JOINING.has(w.lower) || w.lower === "of",
    );
}

/**
 * "a State Department spokesperson, Morgan Ortagus, said": a role set off by commas before the
 * name, read as its title when the name is closed by a comma too.
 */
export function titleBeforeComma(words: Word[], from: number, to: number): Word[] {
  // "the two newest Green councillors, Amy Ford and Bo Chan,": a plural title over a list.
  const listed = words[to]?.lower === "and";
  // "…, said the mayor of Oakdale, Jo Kent.": the name may close the sentence.
  const closed = words[to]?.text === "," || to === words.length || /^[.!?]$/.test(words[to].text);
  if (words[from - 1]?.text !== "," || (!closed && !listed)) return [];
  let i = from - 1;
  const back = () => {
    while (
      i > 0 &&
      from - i < 10 &&
      !/^[,.;:()"“”]$/.test(words[i - 1].text) &&
      !ARTICLES.has(words[i - 1].lower)
    )
      i--;
  };
  back();
  // "A spokeswoman for the mayor, Jo Kent,": an article after a preposition opens no phrase.
  // "the director of the Harbor Authority, Jo Kent,": nor one after the role's "of".
  while (
    i > 1 &&
    ARTICLES.has(words[i - 1].lower) &&
    (FOR_WHOM.has(words[i - 2].lower) || words[i - 2].lower === "of")
  ) {
    i -= 2;
    back();
  }
  // "The mayor of Springfield, Joan Baxter," and "Estonia's environment minister, Heino Tammsalu,"
  // open the sentence; elsewhere an article must open the phrase.
  const opens = i === 0 || /^[.;:"“”]$/.test(words[i - 1]?.text ?? "");
  if (!opens && !["a", "an", "the"].includes(words[i - 1]?.lower ?? "")) return [];
  let phrase = words.slice(i, from - 1);
  if (phrase[0] && ARTICLES.has(phrase[0].lower)) phrase = phrase.slice(1);
  // "an attorney for the family", "a spokeswoman for the mayor": the role is the head before
  // "for"; whom it serves is no part of it (and no title of this person's own).
  const forWhom = phrase.findIndex((w, k) => k > 0 && FOR_WHOM.has(w.lower));
  if (forWhom > 0) phrase = phrase.slice(0, forWhom);
  const of = phrase.findIndex((w) => w.lower === "of");
  const head = of > 0 ? phrase[of - 1] : phrase[phrase.length - 1];
  // "the mayor of Springfield": after the head only its capitalised domain may follow.
  if (of > 0 && !phrase.slice(of + 1).every((w) => isCapitalized(w) || w.lower === "the"))
    return [];
  if (listed) return head && isPluralTitle(head.lower) ? phrase : [];
  return head && (ROLE_HEADS_ONLY(head.lower) || isPluralTitle(head.lower)) ? phrase : [];
}

/** Title words before the name: those inside the run plus role words, possessives and names to its left. */
export function titleWords(words: Word[], runFrom: number, coreFrom: number): Word[] {
  let i = runFrom;
  while (i > 0 && coreFrom - i < 12) {
    const w = words[i - 1];
    // "Labour MP (Member of Parliament) Tom Watson": step over a gloss in parentheses.
    if (w.text === ")" && (i === runFrom || glossOfName(words, i - 1))) {
      const open = words.lastIndexOf(words.slice(0, i).findLast((x) => x.text === "(") ?? w);
      if (open > 0 && i - open < 8) {
        i = open;
        continue;
      }
    }
    if (notTitle(w)) break;
    // "Democratic nominee Joe Biden leading President Donald Trump": a verb or another person's
    // name ends the title.
    if (w.pos === "VERB" && !isRoleWord(w.lower)) break;
    if (
      isCapitalized(w) &&
      words[i - 2] &&
      isCapitalized(words[i - 2]) &&
      isGivenName(words[i - 2].text) &&
      !isRoleWord(words[i - 2].lower)
    )
      break;
    const ok =
      isRoleWord(w.lower) ||
      HONORIFICS.has(w.lower) ||
      FORMER.has(w.lower.replace(/-$/, "")) ||
      // "ex-UK Prime Minister": a past marker joined to a place.
      /^(ex|then|former)-\p{Lu}/u.test(w.text) ||
      isPossessive(w) ||
      (w.lower === "of" && i < coreFrom) ||
      // "Harbor Times accredited reporter": an adjective between a body and its role.
      describesRole(words, i - 1, coreFrom) ||
      // "Harbor Bank President and CEO": two roles joined, the body named before both.
      (w.lower === "and" && i < coreFrom && bothRoles(words[i - 2], words[i])) ||
      // "Special Representative for Iran": a domain after "for", not "spokesman for Governor".
      (w.lower === "for" &&
        i < coreFrom &&
        isRoleWord(words[i - 2]?.lower ?? "") &&
        words.slice(i, coreFrom).every((x) => isCapitalized(x) && !isRoleWord(x.lower))) ||
      isCapitalized(w) ||
      countryOfDemonymWord(w) !== undefined ||
      joinsName(words, i - 1);
    // "Speaker of the House": "the" belongs to a title only right after its "of".
    if (!ok || (w.lower === "the" && words[i - 2]?.lower !== "of")) break;
    i--;
  }
  let out = words.slice(i, coreFrom).filter((w) => w.lower !== "the");
  // The gloss goes first: its words ("All India …") are no title's.
  const open = out.findIndex((w) => w.text === "(");
  if (open >= 0)
    out = [...out.slice(0, open), ...out.slice(out.findIndex((w) => w.text === ")") + 1)];
  const stop = out.findLastIndex(notTitle);
  return stop >= 0 ? out.slice(stop + 1) : out;
}

const bothRoles = (a: Word | undefined, b: Word | undefined) =>
  !!a && !!b && headOf([a.text]) !== null && isRoleWord(b.lower);

/** A lower-case adjective after a capitalised word and before a role word ("Times accredited reporter"). */
export const describesRole = (words: Word[], k: number, end: number) =>
  k > 0 &&
  k + 1 < end &&
  !isCapitalized(words[k]) &&
  (words[k].pos === "ADJ" || /ed$/.test(words[k].lower)) &&
  isCapitalized(words[k - 1]) &&
  isRoleWord(words[k + 1].lower);
