import type { Sentence } from "../doc.ts";
import type { Mention } from "../types.ts";
import { parseAppositive } from "./appositive.ts";
import { shareGroupCountry } from "./group-country.ts";
import { homePlace } from "./home-place.ts";
import {
  ABBREVIATIONS,
  HONORIFICS,
  isGivenName,
  isPersonGivenName,
  PERSON_FOLLOWERS,
  SPEECH_LEMMAS,
} from "./lexicon.ts";
import { afterRelation, shareListConfidence } from "./listed-names.ts";
import { bodyNameTail, loneThing } from "./lone-thing.ts";
import {
  beforeSurname,
  bracketedPrefix,
  endsInsideBrackets,
  nicknamePrefix,
  relationFollows,
  sharedSurname,
  shareListTitles,
} from "./name-groups.ts";
import { describedAsThing, isPluralNoun, notAPerson, placeRun, pluralGroup } from "./not-person.ts";
import { headOf, isRoleWord, type RoleInfo } from "./role.ts";
import { parseTitle } from "./title.ts";
import { nameStart, titleBeforeComma, titleWords } from "./title-words.ts";
import { capitalRuns, isCapitalized, isInitial, isParticle, toWords, type Word } from "./words.ts";

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
  /** Named as someone's relative ("his wife Ana Ruiz"): not who the family's surname alone means. */
  kin?: boolean;
  /**
   * A lone surname known as a name only by the role after it ("Vance, the former governor,"):
   * it joins a full name the article gives, and is no person alone.
   */
  leans?: boolean;
  /** A mention the name cannot be found by later ("Rosa" of "Rosa and Daniel Ortega-Lind"). */
  mention?: Mention;
  paragraph: number;
}

const CONNECTORS = new Set(["of", "for", "on"]);
const DASHES = new Set(["—", "―", "–", "-", "--"]);
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

/** A lone untitled word that names a speaker: a proper noun beside a verb of speech. */
function loneSpeaker(core: Word[], from: number, speaks: boolean): boolean {
  const lone = core[0];
  // Plural nouns capitalised at the start of a sentence ("Voters said") are not surnames.
  return speaks && lone.pos === "PROPN" && !(from === 0 && isPluralNoun(lone.lower));
}

/** Finds the person-name candidates of one sentence. */
export function findCandidates(sentence: Sentence): NameCandidate[] {
  const words = toWords(sentence.tokens);
  const out: NameCandidate[] = [];
  const runs = capitalRuns(words);
  for (const [from, to] of runs) {
    const shared = sharedSurname(words, from, to, runs);
    if (shared) {
      out.push({
        text: shared.name,
        start: shared.mention.start,
        end: shared.mention.end,
        words: shared.name.split(" "),
        title: null,
        appositive: null,
        shortTitle: null,
        confident: true,
        paragraph: sentence.paragraph,
        mention: shared.mention,
      });
      continue;
    }
    // "[Russian President Vladimir] Putin": the bracketed words are read with the name after them.
    if (endsInsideBrackets(words, to) || beforeSurname(words, from, to)) continue;
    const bracket = bracketedPrefix(words, from) ?? nicknamePrefix(words, from, runs);
    const coreFrom = nameStart(words, from, to);
    const core = bracket
      ? [...bracket.given, ...words.slice(coreFrom, to)]
      : words.slice(coreFrom, to);
    // "Mr. Vance's plan" where the tokenizer kept the possessive on the word: the name without it.
    const tail = core[core.length - 1];
    if (tail && /\p{L}['’]s$/u.test(tail.text))
      core[core.length - 1] = {
        ...tail,
        text: tail.text.slice(0, -2),
        lower: tail.lower.slice(0, -2),
        end: tail.end - 2,
      };
    let pre = bracket ? bracket.title : titleWords(words, from, coreFrom);
    if (pre.length === 0 && coreFrom === from) pre = titleBeforeComma(words, from, to);
    const speaks = speechNear(words, from, to);
    const related = afterRelation(words, from, core);
    // "Vance, the former governor, said": a role set off after a lone word (read below).
    const roleAfter =
      core.length === 1 &&
      pre.length === 0 &&
      words[to]?.text === "," &&
      /^(?:the|a|an)$/.test(words[to + 1]?.lower ?? "");
    // Most runs are one untitled capitalised word, which is a name only beside a verb of speech
    // (the test below, for `titled` false): settled first, before the costlier tests, same result.
    if (
      core.length === 1 &&
      pre.length === 0 &&
      related === null &&
      !roleAfter &&
      !loneSpeaker(core, from, speaks)
    )
      continue;
    // "the House Newt Gingrich": the article belongs to the title inside the run.
    // notAPerson reads at most five words after the run; a longer slice makes long sentences quadratic.
    if (notAPerson(core, words[from - 1], words.slice(to, to + 5), coreFrom > from)) continue;
    if (!bracket && (placeRun(words, from, coreFrom, to) || pluralGroup(core))) continue;
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
    // "Mayor of Terre Haute", "President of Ukraine": the words after the role's "of" are its domain.
    if (pre[pre.length - 1]?.lower === "of" && parseTitle(pre).head) continue;
    if (core.length === 1 && (loneThing(core[0]) || bodyNameTail(pre, words, to))) continue;
    const title = pre.length ? parseTitle(pre) : null;
    const described = parseAppositive(words, to, from === 0);
    // "Orla Brandt, of Saskatoon,": a home place after a full name marks a person (see confident).
    const home =
      described?.head || described?.org || described?.place ? null : homePlace(words, to);
    const appositive = home ?? described;
    const honorific = pre.some((w) => HONORIFICS.has(w.lower) && w.lower !== "the");
    const titled = Boolean(title?.head) || honorific;
    // "Chief Market Strategist at …", "Many MPs": role words in capitals, no name.
    const lastWord = core[core.length - 1].text;
    if (
      !titled &&
      (headOf([lastWord]) || headOf([lastWord.replace(/s$/, "")])) &&
      (core.length === 1 ? /s$/.test(lastWord) : !isGivenName(core[0].text))
    )
      continue;
    // A lone surname needs a title ("President Obama") or a verb of speech ("Blackwell said").
    // "Rogaland Fire and Rescue said": a lone word after "and" ends an organization's name.
    const joined =
      (words[from - 1]?.lower === "and" || words[from - 1]?.text === "&") &&
      words[from - 2] &&
      isCapitalized(words[from - 2]);
    if (core.length === 1 && !titled && joined) continue;
    // "Moore & Van Allen": a name after an ampersand is a firm's.
    if (words[from - 1]?.text === "&" && !titled) continue;
    const leans =
      roleAfter && !!described?.head && !described.head.weak && !loneSpeaker(core, from, speaks);
    if (
      core.length === 1 &&
      !titled &&
      related === null &&
      !leans &&
      !loneSpeaker(core, from, speaks)
    )
      continue;
    const confident =
      titled ||
      Boolean(appositive?.head || appositive?.org) ||
      isPersonGivenName(core[0].text) ||
      speaks ||
      relationFollows(words, to) ||
      related !== null ||
      (!!appositive?.place && core.length > 1) ||
      core.some((w) => isInitial(w) || isParticle(w));
    const last = pre[pre.length - 1];
    out.push({
      text: bracket
        ? core.map((w) => w.text).join(" ")
        : sentence.text.slice(
            core[0].start - sentence.start,
            core[core.length - 1].end - sentence.start,
          ),
      start: bracket ? words[from].start : core[0].start,
      end: core[core.length - 1].end,
      words: core.map((w) => w.text),
      title,
      appositive,
      shortTitle:
        pre.length === 1 && last && (ABBREVIATIONS.has(last.lower) || HONORIFICS.has(last.lower))
          ? last.text
          : null,
      confident,
      kin: related === "kin",
      ...(leans && !titled && related === null ? { leans: true } : {}),
      paragraph: sentence.paragraph,
    });
  }
  shareListTitles(out, sentence.text, sentence.start);
  shareListConfidence(out, sentence.text, sentence.start);
  shareGroupCountry(words, out, sentence.text, sentence.start);
  return out;
}
