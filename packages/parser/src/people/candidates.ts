import type { Sentence, Token } from "../doc.ts";
import { findOrganization } from "../kb/index.ts";
import { gazetteerAt } from "../places/find.ts";
import { nlp } from "../util/nlp.ts";
import { parseAppositive } from "./appositive.ts";
import {
  ABBREVIATIONS,
  countryOfDemonym,
  EVENT_LAST,
  FORMER,
  HONORIFICS,
  HYPHEN_TERM,
  isGeoName,
  isGivenName,
  NEVER_IN_NAME,
  NEVER_PERSON,
  ORG_LAST,
  ORG_NOUNS,
  PERSON_FOLLOWERS,
  PLACE_LAST,
  ROLE_HEADS,
  SPEECH_LEMMAS,
} from "./lexicon.ts";
import { headOf, isRoleWord, parseTitle, type RoleInfo } from "./title.ts";
import {
  capitalRuns,
  isAcronym,
  isCapitalized,
  isInitial,
  isParticle,
  isPossessive,
  toWords,
  type Word,
} from "./words.ts";

/** A stretch of a sentence that names a person, with what the words around it say. */
export interface NameCandidate {
  /** The name as written, titles stripped ("Mark Milley", "Putin"). */
  text: string;
  start: number;
  end: number;
  words: string[];
  title: RoleInfo | null;
  appositive: RoleInfo | null;
  /** The title word itself when it is a short form worth keeping as an alias ("Gen."). */
  shortTitle: string | null;
  /** Some evidence beyond capital letters that this is a person. */
  confident: boolean;
  paragraph: number;
}

const CONNECTORS = new Set(["of", "for", "on"]);
const DASHES = new Set(["—", "―", "–", "-", "--"]);
const ROLE_HEADS_ONLY = (w: string) => headOf([w]) !== null;
// Days and months ("This Wednesday Greek Foreign Minister …") are never part of a title.
const CALENDAR = new Set([...NEVER_IN_NAME].filter((w) => w.length > 4));
const notTitle = (w: Word) =>
  CALENDAR.has(w.lower) || (isCapitalized(w) && FUNCTION_POS.has(w.pos) && !isRoleWord(w.lower));

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
  HONORIFICS.has(w.lower) ||
  FORMER.has(w.lower) ||
  isAcronym(w) ||
  countryOfDemonym(w.text) !== undefined ||
  (isGeoName(w.text) && !isGivenName(w.text));

/** Index where the name starts inside a run: after the last title-like word ("Russian Foreign Minister | Sergey Lavrov"). */
export function nameStart(words: Word[], from: number, to: number): number {
  let start = from;
  // "United States Joe Biden", "New Zealand Prime Minister …": a two-word place is a title word too.
  for (let i = from; i < to - 2; i++)
    if (isGeoName(`${words[i].text} ${words[i + 1].text}`)) start = i + 2;
  for (let i = from; i < to - 1; i++)
    if (
      titleish(words[i]) &&
      !(
        i === from &&
        isGivenName(words[i].text) &&
        !ABBREVIATIONS.has(words[i].lower) &&
        !ROLE_HEADS.has(words[i].lower)
      )
    )
      start = Math.max(start, i + 1);
  // Capitalised only because they open the sentence: "As Politico", "So Kelly".
  while (start < to - 1 && FUNCTION_POS.has(words[start].pos) && !isGivenName(words[start].text))
    start++;
  while (start < to && (isParticle(words[start]) || isInitial(words[start]))) start++;
  return start;
}

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
  if (core.length === 1 && (NEVER_PERSON.has(last) || isGeoName(text))) return true;
  if (isGeoName(text) || countryOfDemonym(core[0].text) !== undefined) return true;
  // The gazetteer reads only text and offsets, which words have like tokens.
  const place = gazetteerAt(core as unknown as Token[], 0);
  if (place && place.next === core.length) return true;
  if (
    core.length === 1 &&
    (isRoleWord(last) || (last.endsWith("s") && countryOfDemonym(last.slice(0, -1)) !== undefined))
  )
    return true;
  if (countryOfDemonym(core[core.length - 1].text) !== undefined) return true;
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
function describedAsThing(words: Word[], to: number): boolean {
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
function isPluralNoun(lower: string): boolean {
  if (!lower.endsWith("s")) return false;
  // wink-nlp's typings reject `its.lemma` though it works; it reads like `its.value`.
  const lemma = nlp.its.lemma as unknown as typeof nlp.its.value;
  return nlp.readDoc(lower).tokens().out(lemma)[0] !== lower;
}

/**
 * "a State Department spokesperson, Morgan Ortagus, said": a role set off by commas before the
 * name, read as its title when the name is closed by a comma too.
 */
function titleBeforeComma(words: Word[], from: number, to: number): Word[] {
  if (words[from - 1]?.text !== "," || words[to]?.text !== ",") return [];
  let i = from - 1;
  while (
    i > 0 &&
    from - i < 10 &&
    !/^[,.;:()"“”]$/.test(words[i - 1].text) &&
    !["a", "an", "the"].includes(words[i - 1].lower)
  )
    i--;
  if (i === 0 || !["a", "an", "the"].includes(words[i - 1].lower)) return [];
  const phrase = words.slice(i, from - 1);
  const last = phrase[phrase.length - 1];
  return last && ROLE_HEADS_ONLY(last.lower) ? phrase : [];
}

/** Title words before the name: those inside the run plus role words, possessives and names to its left. */
function titleWords(words: Word[], runFrom: number, coreFrom: number): Word[] {
  let i = runFrom;
  while (i > 0 && coreFrom - i < 12) {
    const w = words[i - 1];
    // "Labour MP (Member of Parliament) Tom Watson": step over a gloss in parentheses.
    if (w.text === ")" && i === runFrom) {
      const open = words.lastIndexOf(words.slice(0, i).findLast((x) => x.text === "(") ?? w);
      if (open > 0 && i - open < 8) {
        i = open;
        continue;
      }
    }
    if (notTitle(w)) break;
    const ok =
      isRoleWord(w.lower) ||
      HONORIFICS.has(w.lower) ||
      FORMER.has(w.lower.replace(/-$/, "")) ||
      isPossessive(w) ||
      (w.lower === "of" && i < coreFrom) ||
      isCapitalized(w) ||
      countryOfDemonym(w.text) !== undefined;
    // "Speaker of the House": "the" belongs to a title only right after its "of".
    if (!ok || (w.lower === "the" && words[i - 2]?.lower !== "of")) break;
    i--;
  }
  let out = words.slice(i, coreFrom).filter((w) => w.lower !== "the");
  const stop = out.findLastIndex(notTitle);
  if (stop >= 0) out = out.slice(stop + 1);
  const close = out.findIndex((w) => w.text === "(");
  return close >= 0
    ? [...out.slice(0, close), ...out.slice(out.findIndex((w) => w.text === ")") + 1)]
    : out;
}

function speechNear(words: Word[], from: number, to: number): boolean {
  const next = words[to];
  const prev = words[from - 1]?.text === "," ? words[from - 2] : words[from - 1];
  return (
    (next !== undefined &&
      ((SPEECH_LEMMAS.has(next.lemma) && (next.pos === "VERB" || next.pos === "AUX")) ||
        PERSON_FOLLOWERS.has(next.lower) ||
        (next.text === "," && PERSON_FOLLOWERS.has(words[to + 1]?.lower ?? "")))) ||
    (prev !== undefined && SPEECH_LEMMAS.has(prev.lemma) && prev.pos === "VERB") ||
    (prev?.lower === "to" && words[from - 2]?.lower === "according") ||
    // "“…” ― Sonya Herridge": a name after a dash that ends the sentence signs a quotation.
    (DASHES.has(words[from - 1]?.text ?? "") &&
      (to === words.length || /^[.)]$/.test(words[to].text)))
  );
}

/** Finds the person-name candidates of one sentence. */
export function findCandidates(sentence: Sentence): NameCandidate[] {
  const words = toWords(sentence.tokens);
  const out: NameCandidate[] = [];
  for (const [from, to] of capitalRuns(words)) {
    const coreFrom = nameStart(words, from, to);
    const core = words.slice(coreFrom, to);
    // "the House Newt Gingrich": the article belongs to the title inside the run.
    if (notAPerson(core, words[from - 1], words.slice(to), coreFrom > from)) continue;
    if (describedAsThing(words, to)) continue;
    // "Doug Miller of Milltech Marine", "Center for Biological Diversity": a capitalised word, a
    // connector, then the rest of an organization's name.
    const beforeOf = words[from - 2];
    if (
      CONNECTORS.has(words[from - 1]?.lower ?? "") &&
      beforeOf &&
      isCapitalized(beforeOf) &&
      !isRoleWord(beforeOf.lower)
    )
      continue;
    // "The Kelly File": a capitalised article inside a sentence opens a title or a name of a thing.
    if (from > 0 && words.slice(from, coreFrom).some((w) => w.text === "The")) continue;
    let pre = titleWords(words, from, coreFrom);
    if (pre.length === 0 && coreFrom === from) pre = titleBeforeComma(words, from, to);
    // "Mayor of Terre Haute", "President of Ukraine": the words after the role's "of" are its domain.
    if (pre[pre.length - 1]?.lower === "of" && parseTitle(pre).head) continue;
    const title = pre.length ? parseTitle(pre) : null;
    const appositive = parseAppositive(words, to);
    const honorific = pre.some((w) => HONORIFICS.has(w.lower) && w.lower !== "the");
    const titled = Boolean(title?.head) || honorific;
    // A lone surname needs a title ("President Obama") or a verb of speech ("Blackwell said").
    const speaks = speechNear(words, from, to);
    const lone = core[0];
    // "Rogaland Fire and Rescue said": a lone word after "and" ends an organization's name.
    const joined =
      (words[from - 1]?.lower === "and" || words[from - 1]?.text === "&") &&
      words[from - 2] &&
      isCapitalized(words[from - 2]);
    if (core.length === 1 && !titled && joined) continue;
    // Plural nouns capitalised at the start of a sentence ("Voters said") are not surnames.
    if (
      core.length === 1 &&
      !titled &&
      !(speaks && lone.pos === "PROPN" && !(from === 0 && isPluralNoun(lone.lower)))
    )
      continue;
    const confident =
      titled ||
      Boolean(appositive?.head || appositive?.org) ||
      isGivenName(core[0].text) ||
      speaks ||
      core.some((w) => isInitial(w) || isParticle(w));
    const last = pre[pre.length - 1];
    out.push({
      text: sentence.text.slice(
        core[0].start - sentence.start,
        core[core.length - 1].end - sentence.start,
      ),
      start: core[0].start,
      end: core[core.length - 1].end,
      words: core.map((w) => w.text),
      title,
      appositive,
      shortTitle:
        pre.length === 1 && last && (ABBREVIATIONS.has(last.lower) || HONORIFICS.has(last.lower))
          ? last.text
          : null,
      confident,
      paragraph: sentence.paragraph,
    });
  }
  return out;
}
