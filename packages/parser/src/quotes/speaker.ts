import type { Token } from "../doc.ts";
import {
  institutionHeads,
  isTitleWord,
  nonNameWords,
  notSources,
  pronouns,
  sourceNouns,
} from "./lexicon.ts";

/** A noun phrase naming who speaks: token indices (inclusive) into the paragraph's tokens. */
export interface SpeakerPhrase {
  first: number;
  last: number;
  kind: "name" | "pronoun" | "label";
  /** For names, the tokens of the name itself, titles stripped. */
  nameFirst: number;
  nameLast: number;
  /** The token written where the speaker is attributed, when it stands for the phrase ("who"). */
  relative?: number;
}

const SKIP_BETWEEN = new Set([
  "has",
  "have",
  "had",
  "also",
  "later",
  "then",
  "previously",
  "recently",
  "repeatedly",
  "once",
  "publicly",
  "privately",
  "again",
  "just",
  "further",
  "separately",
  "earlier",
  "himself",
  "herself",
  "itself",
  "themselves",
  "would",
  "will",
  "could",
  "did",
  "does",
  "do",
  "not",
  "never",
  "always",
  "often",
  "frequently",
  "now",
  "first",
  "initially",
  "finally",
  "reportedly",
  "flatly",
  "simply",
  "triumphantly",
  "angrily",
  "bluntly",
  "quietly",
  "loudly",
  "openly",
  "directly",
  "explicitly",
  "too",
]);
const PREPOSITIONS = new Set([
  "in",
  "at",
  "on",
  "during",
  "with",
  "for",
  "from",
  "to",
  "by",
  "of",
  "about",
  "into",
  "over",
  "under",
  "through",
  "via",
  "against",
  "among",
  "between",
  "without",
  "like",
  "near",
  "toward",
  "towards",
]);
const PASSIVE_BE = new Set(["was", "were", "is", "are", "been", "being"]);
const DETS = new Set([
  "its",
  "his",
  "her",
  "their",
  "our",
  "my",
  "a",
  "an",
  "the",
  "some",
  "several",
  "many",
  "two",
  "three",
  "other",
  "one",
  "both",
  "most",
  "few",
]);
const QUANTIFIERS = new Set(["many", "most", "some", "all", "several", "few", "both", "none"]);
const POST_ADP = new Set(["of", "with", "to", "at", "for", "in", "from", "on"]);

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text) && t.type === "word";
const isPossessive = (t: Token) =>
  t.normal === "'s" || t.normal === "’s" || t.text === "'" || t.text === "’";

function npToken(t: Token): boolean {
  // "When", "While", "Having": capitalized at a sentence start, yet no part of a name.
  const sentenceWord = nonNameWords.has(t.text) || (t.pos === "VERB" && t.normal.endsWith("ing"));
  const nominal =
    t.pos === "PROPN" || t.pos === "DET" || t.pos === "NUM" || t.pos === "NOUN" || t.pos === "ADJ";
  if (isCap(t) && !nominal && sentenceWord) return false;
  if (isCap(t) || isPossessive(t) || t.text === "-" || t.text === "&" || t.text === "%")
    return true;
  if (t.type !== "word" && t.type !== "number") return false;
  return (
    t.pos === "NOUN" ||
    t.pos === "PROPN" ||
    t.pos === "ADJ" ||
    t.pos === "NUM" ||
    DETS.has(t.normal)
  );
}

/** Skips adverbs and auxiliaries between a subject and its verb, going left from `i`. */
function skipLeft(toks: Token[], i: number, floor: number): number {
  let j = i;
  let skipped = 0;
  while (
    j >= floor &&
    skipped < 3 &&
    !isCap(toks[j]) &&
    (SKIP_BETWEEN.has(toks[j].normal) || (toks[j].pos === "ADV" && toks[j].normal.endsWith("ly")))
  ) {
    j--;
    skipped++;
  }
  return j;
}

/** The subject phrase that ends just before the cue verb at `cue` (not before token `floor`). */
export function subjectBefore(toks: Token[], cue: number, floor: number): SpeakerPhrase | null {
  // "Rubio was asked by moderator Gerard Baker": in the passive the agent after "by" speaks.
  if (PASSIVE_BE.has(toks[cue - 1]?.normal) && toks[cue + 1]?.normal === "by") {
    return subjectAfter(toks, cue + 1, Math.min(toks.length - 1, cue + 12));
  }
  // "…, saying …": a participle after a comma takes the subject of the clause before it.
  // "rallied supporters by warning that …": so does one after a preposition.
  const lead = toks[cue - 1]?.normal;
  if (
    toks[cue].normal.endsWith("ing") &&
    (lead === "," || lead === "by" || lead === "after" || lead === "while") &&
    cue - 1 > floor
  ) {
    return clauseSubject(toks, floor, cue - 1);
  }
  let before = cue - 1;
  if (PASSIVE_BE.has(toks[before]?.normal)) {
    // "is suggesting" is progressive; "was told that" is passive: the subject only listened.
    if (!toks[cue].normal.endsWith("ing")) return null;
    before--;
  }
  let j = skipLeft(toks, before, floor);
  if (j < floor) return null;
  // "Gov. John Kasich (R-OH), said": a comma after a parenthesis belongs to it.
  if (toks[j].text === "," && toks[j - 1]?.text === ")") j--;
  j = skipParenthesis(toks, j, floor);
  if (j < floor) return null;
  if (toks[j].text === "," && j - 1 >= floor) {
    // "Gen. Mark Milley, chairman of the Joint Chiefs of Staff, described": jump the appositive,
    // and a chain of them ("Dean Johnson, a salesman from Sumter, South Carolina, says").
    const aside = shortAside(toks, j, floor);
    if (aside < 0) {
      const phrase = prepositionalAside(toks, j, floor);
      if (phrase >= 0) return subjectBefore(toks, phrase, floor);
    }
    if (aside >= 0) return subjectBefore(toks, aside, floor);
    let open = appositiveStart(toks, j, floor);
    if (open < 0) return null;
    // "The chief, Paul Manafort, suggested": the name in the appositive says who the title is.
    const appos = phraseEndingAt(toks, j - 1, open + 1);
    const headOfChain = phraseEndingAt(toks, open - 1, floor);
    const headIsSubject =
      headOfChain && (headOfChain.first === floor || toks[headOfChain.first - 1].text !== ",");
    if (
      appos?.kind === "name" &&
      appos.first === open + 1 &&
      headOfChain?.kind === "label" &&
      headIsSubject
    ) {
      return appos;
    }
    for (
      let more = appositiveStart(toks, open, floor);
      more >= 0;
      more = appositiveStart(toks, more, floor)
    ) {
      if (leadsNounPhrase(toks, more - 1, floor)) open = more;
      else break;
    }
    j = skipParenthesis(toks, open - 1, floor);
  }
  if (j < floor) return null;
  // "Wealth-X keeps its finances secret but says …": a coordinated verb shares the subject.
  if ((toks[j].normal === "and" || toks[j].normal === "but") && j > floor)
    return clauseSubject(toks, floor, j);
  // "Sanders, who endorsed Canova, said": the relative pronoun stands for the phrase before it.
  if (toks[j].normal === "who" || toks[j].normal === "which") {
    const comma = toks[j - 1]?.text === "," ? 1 : 0;
    let head = j - 1 - comma >= floor ? phraseEndingAt(toks, j - 1 - comma, floor) : null;
    // "Geoff Garin, a Democratic pollster who …, said": the name the appositive describes.
    if (head?.kind === "label" && toks[head.first - 1]?.text === "," && head.first - 2 >= floor) {
      const named = phraseEndingAt(toks, head.first - 2, floor);
      if (named?.kind === "name") head = named;
    }
    return head && { ...head, relative: j };
  }
  const phrase = phraseEndingAt(toks, j, floor) ?? relativeHead(toks, j, floor);
  // "is making a pitch to voters saying": the phrase before a participle may be an object.
  if (phrase && toks[cue].normal.endsWith("ing") && toks[phrase.first - 1]?.pos === "VERB") {
    return clauseSubject(toks, floor, phrase.first) ?? phrase;
  }
  return phrase;
}

/** "The state officials whose laws have been invalidated say": the phrase before who/whose. */
function relativeHead(toks: Token[], j: number, floor: number): SpeakerPhrase | null {
  for (let k = j; k > floor && k > j - 15; k--) {
    const t = toks[k];
    if (t.type === "punctuation" || endsClause.has(t.normal)) return null;
    if (t.normal === "who" || t.normal === "whose") {
      const head = phraseEndingAt(toks, k - 1, floor);
      return head && { ...head, relative: k };
    }
  }
  return null;
}
const endsClause = new Set([
  "that",
  "because",
  "if",
  "when",
  "while",
  "and",
  "but",
  "said",
  "says",
]);

/** ", for instance," / ", however,": a short aside before the verb; returns its opening comma. */
function shortAside(toks: Token[], comma: number, floor: number): number {
  for (let k = comma - 1; k >= Math.max(floor, comma - 4); k--) {
    if (toks[k].text !== ",") continue;
    const first = toks[k + 1];
    const aside = first.pos === "ADV" || (first.pos === "ADP" && toks[k + 2]?.pos !== "DET");
    return aside && k + 1 < comma ? k : -1;
  }
  return -1;
}

/** ", during a town hall in Columbus, Ohio,": a verbless prepositional aside; its opening comma. */
function prepositionalAside(toks: Token[], comma: number, floor: number): number {
  for (let k = comma - 1; k > floor && k >= comma - 16; k--) {
    const t = toks[k];
    if (t.pos === "VERB" || t.pos === "AUX" || (t.type === "punctuation" && t.text !== ","))
      return -1;
    if (t.text !== ",") continue;
    const next = toks[k + 1];
    if (next.pos === "ADP" && next.normal !== "of" && npToken(toks[k - 1])) return k;
    if (!isCap(next)) return -1;
  }
  return -1;
}

/** "Sen. Chuck Schumer (D-N.Y.) said": the token before a parenthesis that ends at `j`. */
function skipParenthesis(toks: Token[], j: number, floor: number): number {
  if (toks[j]?.text !== ")") return j;
  let k = j - 1;
  while (k > floor && k > j - 8 && toks[k].text !== "(") k--;
  return toks[k]?.text === "(" ? k - 1 : floor - 1;
}

/** True when the phrase ending at `j` is a proper noun phrase that could head an appositive chain. */
function leadsNounPhrase(toks: Token[], j: number, floor: number): boolean {
  const sp = j >= floor ? phraseEndingAt(toks, j, floor) : null;
  return sp?.kind === "name" && (sp.first === floor || !npToken(toks[sp.first - 1]));
}

function phraseEndingAt(toks: Token[], j: number, floor: number): SpeakerPhrase | null {
  const pron = pronouns[toks[j].normal];
  if (pron && toks[j].pos === "PRON")
    return { first: j, last: j, kind: "pronoun", nameFirst: j, nameLast: j };
  if (!npToken(toks[j])) return null;
  let first = j;
  while (first - 1 >= floor) {
    const t = toks[first - 1];
    if (npToken(t)) first--;
    else if (
      POST_ADP.has(t.normal) &&
      first - 2 >= floor &&
      npToken(toks[first - 2]) &&
      toks[first - 2].pos !== "DET"
    )
      first--;
    else break;
  }
  while (first <= j && (POST_ADP.has(toks[first].normal) || toks[first].pos === "ADP")) first++;
  if (first > j) return null;
  // "Many of her supporters say": a quantifier before "of" heads the phrase.
  if (
    toks[first - 1]?.normal === "of" &&
    first - 2 >= floor &&
    QUANTIFIERS.has(toks[first - 2].normal)
  )
    first -= 2;
  // The object of a preposition is no subject ("said in a statement", "at a rally, …").
  const prev = toks[first - 1];
  if (first > floor && prev && PREPOSITIONS.has(prev.normal)) return null;
  return classify(toks, first, j);
}

/** The subject of the nearest verb before `c` in the sentence ("Trump went after Bush, calling …"). */
export function clauseSubject(toks: Token[], s: number, c: number): SpeakerPhrase | null {
  for (let v = c - 1; v >= s; v--) {
    if (toks[v].pos !== "VERB" && toks[v].pos !== "AUX") continue;
    // Participles and infinitives ("fearing", "to be") have no subject of their own.
    if (toks[v].normal.endsWith("ing") || toks[v - 1]?.normal === "to") continue;
    const sp = subjectBefore(toks, v, s);
    if (sp) return sp;
  }
  return null;
}

function appositiveStart(toks: Token[], comma: number, floor: number): number {
  for (let k = comma - 1; k >= Math.max(floor, comma - 30); k--) {
    if (toks[k].text === ";" || toks[k].text === ":" || /^["“”]$/.test(toks[k].text)) return -1;
    if (toks[k].text !== ",") continue;
    const next = toks[k + 1];
    const before = toks[k - 1];
    const appositive =
      DETS.has(next.normal) ||
      next.pos === "DET" ||
      next.pos === "NUM" ||
      (next.pos === "VERB" && next.normal.endsWith("ing")) ||
      next.pos === "NOUN" ||
      next.pos === "ADJ" ||
      next.normal === "who" ||
      next.normal === "whose" ||
      isCap(next);
    // An appositive has no verb of its own, unless it is a relative clause ("who led …").
    const relative = next.normal === "who" || next.normal === "whose" || next.normal === "which";
    const segment = toks.slice(k + 1, comma);
    const rel = segment.findIndex(
      (t) => t.normal === "that" || t.normal === "who" || t.normal === "which",
    );
    if (
      !relative &&
      segment
        .slice(0, rel < 0 ? segment.length : rel)
        .some(
          (t, i, seg) =>
            t.pos === "AUX" ||
            (t.pos === "VERB" &&
              !/(?:ing|ed|en)$/.test(t.normal) &&
              !isCap(t) &&
              seg[i - 1]?.text !== "-" &&
              seg[i - 1]?.pos !== "DET"),
        )
    )
      return -1;
    return appositive &&
      before &&
      (isCap(before) ||
        before.text === ")" ||
        before.pos === "NOUN" ||
        before.pos === "PROPN" ||
        before.pos === "NUM")
      ? k
      : -1;
  }
  return -1;
}

/** The phrase right after an inverted cue ("said Frank Ledwidge, a senior lecturer"). */
export function subjectAfter(toks: Token[], cue: number, ceil: number): SpeakerPhrase | null {
  const start = cue + 1;
  if (start > ceil) return null;
  const pron = pronouns[toks[start].normal];
  if (pron && toks[start].pos === "PRON" && toks[start].normal !== "it") {
    return { first: start, last: start, kind: "pronoun", nameFirst: start, nameLast: start };
  }
  let last = start - 1;
  while (last + 1 <= ceil && npToken(toks[last + 1])) last++;
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

/** Decides whether a phrase names a person, is a pronoun, or is a label ("senior U.S. officials"). */
export function classify(toks: Token[], first: number, last: number): SpeakerPhrase | null {
  let head = last;
  // Post-modifiers: "officials familiar with the matter", "chairman of the Joint Chiefs".
  for (let k = first + 1; k <= last; k++) {
    const hyphenated = toks[k - 1].text === "-" || toks[k + 1]?.text === "-";
    if (k === first + 1 && QUANTIFIERS.has(toks[first].normal)) continue;
    if (
      (POST_ADP.has(toks[k].normal) && !hyphenated) ||
      (toks[k].pos === "ADJ" && !isCap(toks[k]) && toks[k - 1].pos === "NOUN")
    ) {
      head = k - 1;
      break;
    }
  }
  while (head > first && isPossessive(toks[head])) head--;
  const h = toks[head];
  // "Six in 10 voters": a number opening a sentence is a quantity, not a name.
  if (h.pos === "NUM") return { first, last, kind: "label", nameFirst: first, nameLast: last };
  if (
    isCap(h) &&
    !isTitleWord(h.text) &&
    !nonNameWords.has(h.text) &&
    !institutionHeads.has(h.normal)
  ) {
    let nameFirst = head;
    while (nameFirst - 1 >= first && nameToken(toks[nameFirst - 1])) nameFirst--;
    while (
      nameFirst < head &&
      (isTitleWord(toks[nameFirst].text) || nonNameWords.has(toks[nameFirst].text))
    )
      nameFirst++;
    return { first, last, kind: "name", nameFirst, nameLast: head };
  }
  const quantity = h.pos === "NUM" || h.normal === "percent" || h.text === "%";
  // A bare noun speaks when it names people in the plural ("participants said").
  const plural = h.pos === "NOUN" && h.normal.endsWith("s") && !h.normal.endsWith("ss");
  if (head === first && !isCap(h) && !sourceNouns.has(h.normal) && !quantity && !plural)
    return null;
  if (CALENDAR.has(h.text)) return null;
  // Meetings, days and places do not speak ("at a town hall meeting", "the three-year freeze").
  if (!isCap(h) && notSources.has(h.normal)) return null;
  if (h.pos === "ADJ" && !sourceNouns.has(h.normal)) return null;
  return { first, last, kind: "label", nameFirst: first, nameLast: last };
}

const CALENDAR = new Set([
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "January",
  "February",
  "March",
  "July",
  "September",
  "October",
  "November",
  "December",
  "Today",
  "Yesterday",
  "Tonight",
]);
const PARTICLES = new Set([
  "de",
  "van",
  "von",
  "der",
  "den",
  "da",
  "di",
  "du",
  "la",
  "le",
  "bin",
  "al",
  "ibn",
  "el",
  "dos",
  "del",
]);
function nameToken(t: Token): boolean {
  return (
    (isCap(t) && !nonNameWords.has(t.text)) || PARTICLES.has(t.text) || /^\p{Lu}\.$/u.test(t.text)
  );
}
