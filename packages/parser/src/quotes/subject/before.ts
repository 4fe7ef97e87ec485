import type { Token } from "../../doc.ts";
import coref from "../../lexicon/coref-nouns.json";
import grammar from "../../lexicon/quote-grammar.json";
import { isTitleWord, sourceNouns, speechLemma } from "../lexicon.ts";
import { subjectAfter } from "./after.ts";
import {
  appositiveStart,
  leadsNounPhrase,
  prepositionalAside,
  shortAside,
  skipParenthesis,
} from "./asides.ts";
import {
  classify,
  isCap,
  isPossessive,
  npToken,
  phraseEndingAt,
  type SpeakerPhrase,
} from "./phrase.ts";

const SKIP_BETWEEN = new Set(grammar.betweenSubjectAndVerb);
const FRONTED = new Set(["since", "after", "before", "upon", "while", "when"]);
const PASSIVE_BE = new Set(grammar.passiveBe);
const endsClause = new Set(grammar.relativeClauseEnds);
const POST_ADP_WORDS = new Set(grammar.postModifierPrepositions);

/** Skips adverbs and auxiliaries between a subject and its verb, going left from `i`. */
function skipLeft(toks: Token[], i: number, floor: number): number {
  let j = i;
  let skipped = 0;
  while (j >= floor && skipped < 3) {
    const t = toks[j];
    // "Wells Fargo this month announced", "Trump on Tuesday said": a time phrase.
    const time = timePhraseStart(toks, j, floor);
    if (time <= j) {
      j = time - 1;
      skipped++;
      continue;
    }
    if (isCap(t)) break;
    // "in the past said": a fixed time phrase between auxiliary and verb.
    if (t.normal === "past" && toks[j - 1]?.normal === "the" && toks[j - 2]?.normal === "in") {
      j -= 3;
    } else if (
      SKIP_BETWEEN.has(t.normal) ||
      (t.pos === "ADV" && t.normal.endsWith("ly")) ||
      // "he’s predicted", "who’ve already said": a contracted auxiliary.
      (t.pos === "AUX" && CONTRACTED_AUX.test(t.normal))
    ) {
      j--;
    } else break;
    skipped++;
  }
  return j;
}

const CONTRACTED_AUX = /^['’](?:s|ve|d)$/;
const TIME_NOUNS = new Set(grammar.timeNouns);
const TIME_DETS = new Set(["this", "last", "next", "that", "each"]);
const WEEKDAYS = new Set(grammar.calendarWords.slice(0, 7));

/** First token of "this month", "last week", "on Tuesday" ending at `j`, else `j + 1`. */
function timePhraseStart(toks: Token[], j: number, floor: number): number {
  const t = toks[j];
  if (TIME_NOUNS.has(t.normal) && j - 1 >= floor && TIME_DETS.has(toks[j - 1].normal)) return j - 1;
  if (WEEKDAYS.has(t.text) && j - 1 >= floor && toks[j - 1].normal === "on") return j - 1;
  // "Priebus later Thursday told", "Trump Tuesday said": a bare weekday between subject and verb.
  if (WEEKDAYS.has(t.text) && j - 1 >= floor && toks[j - 1].type === "word") return j;
  // "who in 2010 said": a year.
  if (t.pos === "NUM" && /^\d{4}$/.test(t.text) && j - 1 >= floor && toks[j - 1].normal === "in")
    return j - 1;
  return j + 1;
}

/** The subject phrase that ends just before the cue verb at `cue` (not before token `floor`). */
export function subjectBefore(toks: Token[], cue: number, floor: number): SpeakerPhrase | null {
  // "Rubio was asked by moderator Gerard Baker": in the passive the agent after "by" speaks.
  if (PASSIVE_BE.has(toks[cue - 1]?.normal) && toks[cue + 1]?.normal === "by") {
    return subjectAfter(toks, cue + 1, Math.min(toks.length - 1, cue + 12));
  }
  // "footage of Mark Benson saying “…”": the person a recording shows speaks.
  const recorded = recordedSpeaker(toks, cue, floor);
  if (recorded) return recorded;
  // "…, saying …": a participle after a comma takes the subject of the clause before it.
  // "rallied supporters by warning that …": so does one after a preposition.
  const lead = toks[cue - 1]?.normal;
  // "Since announcing that he would not run, Mr. Okafor has …": a participle in a fronted adjunct
  // takes the subject of the main clause after it.
  if (toks[cue].normal.endsWith("ing") && cue - 1 === floor && FRONTED.has(lead)) {
    let comma = cue + 1;
    while (comma < toks.length && comma < cue + 40 && toks[comma].text !== ",") comma++;
    if (toks[comma]?.text === ",")
      return subjectAfter(toks, comma, Math.min(toks.length - 1, comma + 10));
  }
  if (
    toks[cue].normal.endsWith("ing") &&
    (lead === "," || lead === "by" || lead === "after" || lead === "while") &&
    cue - 1 > floor
  ) {
    // "…,” said Mr. Burr, adding that …": the inverted tag's speaker, not the quotation's words.
    const tagged = lead === "," ? subjectAfterTag(toks, cue - 2, floor) : null;
    return tagged ?? clauseSubject(toks, floor, cue - 1);
  }
  let before = cue - 1;
  if (PASSIVE_BE.has(toks[before]?.normal)) {
    // "is suggesting" is progressive; "was told that" is passive: the subject only listened.
    if (!toks[cue].normal.endsWith("ing")) return null;
    before--;
  }
  let j = skipLeft(toks, before, floor);
  if (j < floor) return null;
  // "Jane Roe, 29, of Huntsville, says" (after the place was jumped): an age is an appositive.
  if (toks[j].pos === "NUM" && toks[j - 1]?.text === "," && j - 2 >= floor && isCap(toks[j - 2]))
    j -= 2;
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
    if (aside >= 0) {
      const head = subjectBefore(toks, aside, floor);
      // "someone, seemingly Jane Roe, says": a name in the aside says who the label is.
      const named = head?.kind === "label" ? phraseEndingAt(toks, j - 1, aside + 2) : null;
      return named?.kind === "name" && named.first === aside + 2 ? named : head;
    }
    let open = appositiveStart(toks, j, floor);
    if (open < 0) return null;
    // "The chief, Paul Manafort, suggested": the name in the appositive says who the title is.
    const appos = phraseEndingAt(toks, j - 1, open + 1);
    const headOfChain = phraseEndingAt(toks, open - 1, floor);
    const headIsSubject =
      headOfChain && (headOfChain.first === floor || toks[headOfChain.first - 1].text !== ",");
    // "Keeper of the Privy Seal, Ali Omar, said": a one-word capitalized title with its
    // complement is a title too, when the appositive is a full name.
    const titleOnly =
      headOfChain?.kind === "name" &&
      headOfChain.nameFirst === headOfChain.nameLast &&
      headOfChain.last > headOfChain.nameLast &&
      appos !== null &&
      appos.nameLast > appos.nameFirst;
    if (
      appos?.kind === "name" &&
      appos.first === open + 1 &&
      (headOfChain?.kind === "label" || titleOnly) &&
      headIsSubject
    ) {
      return appos;
    }
    for (
      let more = appositiveStart(toks, open, floor);
      more >= 0;
      more = appositiveStart(toks, more, floor)
    ) {
      // "Moreover, Jane Roe, director of …, noted": a sentence adverb heads no chain.
      const adverb =
        toks[more - 1].pos === "ADV" && (more - 1 === floor || !npToken(toks[more - 2]));
      if (leadsNounPhrase(toks, more - 1, floor) && !adverb) open = more;
      else break;
    }
    // "Jane Roe, 61, of Dover, Md., who watched …, said": the place and the age before the
    // relative clause belong to the chain too.
    for (let more = true; more; ) {
      more = false;
      const origin = prepositionalAside(toks, open, floor);
      if (origin >= 0 && toks[origin + 1].normal === "of") {
        open = origin;
        more = true;
      }
      if (toks[open - 1]?.pos === "NUM" && toks[open - 2]?.text === "," && open - 2 > floor) {
        open -= 2;
        more = true;
      }
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
    let head = j - 1 - comma >= floor ? phraseEndingAt(toks, j - 1 - comma, floor, true) : null;
    // "the head of the Building Institute, which suggests": "which" is the nearest thing.
    // "the support of a retired general who said": "who" stands for the person, not the thing.
    if (head && toks[j].normal === "who") head = personInPhrase(toks, head, j - 1 - comma) ?? head;
    if (head && toks[j].normal === "which") {
      let k = j - 1 - comma;
      while (k > head.first && !POST_ADP_WORDS.has(toks[k].normal)) k--;
      if (k > head.first) head = phraseEndingAt(toks, j - 1 - comma, k + 1) ?? head;
    }
    // "Geoff Garin, a Democratic pollster who …, said": the name the appositive describes.
    // Not for "which": "an idea from X, the head of Y, which suggests" is the idea's.
    if (
      toks[j].normal === "who" &&
      head?.kind === "label" &&
      toks[head.first - 1]?.text === "," &&
      head.first - 2 >= floor
    ) {
      const named = phraseEndingAt(toks, head.first - 2, floor);
      if (named?.kind === "name") head = named;
    }
    return head && { ...head, relative: j };
  }
  // "…, with a spokesperson for the camp describing the scene as “…”": the object of "with" is
  // the subject of its participle (an absolute clause), not the clause's subject.
  const absolute = toks[cue].normal.endsWith("ing") ? withBefore(toks, j, floor) : -1;
  const withSubject = absolute >= 0 ? phraseEndingAt(toks, j, absolute + 1) : null;
  if (withSubject && speaksAsOne(toks, withSubject)) return withSubject;
  const phrase =
    coordinated(toks, phraseEndingAt(toks, j, floor), floor) ??
    relativeHead(toks, j, floor) ??
    participleGroup(toks, j) ??
    participleModified(toks, j, floor);
  // "is making a pitch to voters saying": the phrase before a participle may be an object.
  if (phrase && toks[cue].normal.endsWith("ing") && objectOfVerb(toks, phrase.first)) {
    return clauseSubject(toks, floor, phrase.first) ?? phrase;
  }
  return phrase;
}

/**
 * "Companies and individuals say", "The network and its defenders argue": both conjuncts speak,
 * when the first opens the clause (not "Police arrested Roe and Doe said"). A name last keeps
 * its name ("Kim and Clark Moran said": Clark Moran, the phrase as written).
 */
function coordinated(
  toks: Token[],
  phrase: SpeakerPhrase | null,
  floor: number,
): SpeakerPhrase | null {
  if (!phrase || phrase.kind === "pronoun" || phrase.first - 2 < floor) return phrase;
  if (toks[phrase.first - 1].normal !== "and") return phrase;
  const left = phraseEndingAt(toks, phrase.first - 2, floor);
  if (!left || left.kind === "pronoun") return phrase;
  const before = toks[left.first - 1];
  const opens =
    left.first === floor ||
    (before.type === "punctuation" && before.text !== "-") ||
    before.pos === "SCONJ" ||
    before.normal === "but";
  if (!opens) return phrase;
  return phrase.kind === "name"
    ? { ...phrase, first: left.first }
    : {
        first: left.first,
        last: phrase.last,
        kind: "label",
        nameFirst: left.first,
        nameLast: phrase.last,
      };
}

/** "Those surveyed said", "those polled": people named by what was done to them. */
function participleGroup(toks: Token[], j: number): SpeakerPhrase | null {
  const t = toks[j];
  if (t.pos !== "VERB" || !t.normal.endsWith("ed") || toks[j - 1]?.normal !== "those") return null;
  return { first: j - 1, last: j, kind: "label", nameFirst: j - 1, nameLast: j };
}

const RECORDINGS = new Set(grammar.recordingNouns);

/** The name after "footage of", "a video of" right before a participle cue, else null. */
function recordedSpeaker(toks: Token[], cue: number, floor: number): SpeakerPhrase | null {
  if (!toks[cue].normal.endsWith("ing")) return null;
  let k = cue - 1;
  while (k > floor && isCap(toks[k])) k--;
  if (k === cue - 1 || k - 1 < floor || toks[k].normal !== "of") return null;
  if (!RECORDINGS.has(toks[k - 1].normal)) return null;
  const name = classify(toks, k + 1, cue - 1);
  return name?.kind === "name" ? name : null;
}

/**
 * "Another source speaking to Fox News said", "a spokesman reached by phone said": the noun
 * before a participle phrase is the subject, when it is a source that speaks.
 */
function participleModified(toks: Token[], j: number, floor: number): SpeakerPhrase | null {
  let k = j;
  while (k > floor && j - k < 6 && npToken(toks[k], toks[k - 1])) k--;
  if (toks[k].pos === "ADP") k--;
  const verb = toks[k];
  if (k - 1 < floor || verb?.pos !== "VERB" || !/^\p{Ll}+(?:ing|ed)$/u.test(verb.text)) return null;
  const head = phraseEndingAt(toks, k - 1, floor);
  return head && head.kind !== "pronoun" && speaksAsOne(toks, head) ? head : null;
}

/** "The state officials whose laws have been invalidated say": the phrase before who/whose. */
function relativeHead(toks: Token[], j: number, floor: number): SpeakerPhrase | null {
  for (let k = j; k > floor && k > j - 15; k--) {
    const t = toks[k];
    // "Organizations that have endorsed him say": "that" as a relative pronoun after a noun.
    // The clause needs a verb of its own ("a group that calls itself" is no speaker).
    const relativeThat =
      t.normal === "that" &&
      t.pos === "PRON" &&
      /^(?:NOUN|PROPN)$/.test(toks[k - 1]?.pos ?? "") &&
      toks.slice(k + 1, j + 1).some((x) => x.pos === "VERB");
    if (t.normal === "who" || t.normal === "whose" || relativeThat) {
      const head = phraseEndingAt(toks, k - 1, floor, true);
      return head && { ...head, relative: k };
    }
    if (t.type === "punctuation" || endsClause.has(t.normal)) return null;
  }
  return null;
}

/** The subject of the nearest verb before `c` in the sentence ("Trump went after Bush, calling …"). */
export function clauseSubject(toks: Token[], s: number, c: number): SpeakerPhrase | null {
  let fallback: SpeakerPhrase | null = null;
  for (let v = c - 1; v >= s; v--) {
    if (toks[v].pos !== "VERB" && toks[v].pos !== "AUX") continue;
    // Participles and infinitives ("fearing", "to be") have no subject of their own.
    if (toks[v].normal.endsWith("ing") || toks[v - 1]?.normal === "to") continue;
    // "worse-than-expected revenue": a participle inside a compound adjective is no verb.
    if (toks[v - 1]?.text === "-" && toks[v - 1].end === toks[v].start) continue;
    const sp = subjectBefore(toks, v, s);
    if (!sp) continue;
    // "posted a Twitter comment, saying": a phrase right after a verb is its object (a noun
    // tagged as a verb ends it), not the subject of the clause; kept only when nothing is better.
    if (objectOfVerb(toks, sp.first)) {
      fallback ??= sp;
      v = sp.first;
      continue;
    }
    // "argued that a database would keep …, saying": the subject of a clause that "that" or
    // "if" opens is not the subject the participle shares; nor is a thing that cannot speak.
    if (COMPLEMENTIZERS.has(toks[sp.first - 1]?.normal ?? "") || !speaksAsOne(toks, sp)) {
      fallback ??= sp;
      continue;
    }
    return sp;
  }
  return fallback;
}

const COMPLEMENTIZERS = new Set(["that", "if", "whether", "because"]);
const PARTICLES = new Set(["out", "up", "off", "down", "back", "over"]);

/** True when the phrase starting at `first` follows a verb (or a verb and its particle: "sent out"). */
function objectOfVerb(toks: Token[], first: number): boolean {
  const prev = toks[first - 1];
  if (!prev) return false;
  if (prev.pos === "VERB") return true;
  return PARTICLES.has(prev.normal) && toks[first - 2]?.pos === "VERB";
}

/** The "with" opening the noun phrase that ends at `j` ("with one neighbour", "with a spokesperson for the camp"), or -1. */
function withBefore(toks: Token[], j: number, floor: number): number {
  for (let k = j; k >= floor && j - k <= 8; k--) {
    const t = toks[k];
    if (t.normal === "with") return k < j ? k : -1;
    const inPhrase =
      t.pos === "NOUN" ||
      t.pos === "PROPN" ||
      t.pos === "ADJ" ||
      t.pos === "DET" ||
      t.pos === "NUM";
    if (!inPhrase && !POST_ADP_WORDS.has(t.normal) && !isPossessive(t)) return -1;
  }
  return -1;
}

/** A name, a pronoun, or a phrase headed by a noun for people ("one neighbour"), not "softer language". */
export function speaksAsOne(toks: Token[], p: SpeakerPhrase): boolean {
  if (p.kind !== "label") return true;
  let head = p.last;
  for (let k = p.first + 1; k <= p.last; k++) {
    if (POST_ADP_WORDS.has(toks[k].normal)) {
      head = k - 1;
      break;
    }
  }
  const noun = toks[head].normal;
  return sourceNouns.has(noun) || PEOPLE_NOUNS.has(noun.replace(/s$/, ""));
}

const PEOPLE_NOUNS = new Set(coref.anonymousHeads);

/** The person after the last "of" in a phrase headed by a thing ("the support of a general"), or null. */
function personInPhrase(toks: Token[], head: SpeakerPhrase, end: number): SpeakerPhrase | null {
  if (head.kind !== "label" || speaksAsOne(toks, head)) return null;
  let of = end;
  while (of > head.first && !POST_ADP_WORDS.has(toks[of].normal)) of--;
  if (of <= head.first || isTitleWord(toks[of - 1].text)) return null;
  const inner = phraseEndingAt(toks, end, of + 1);
  if (!inner) return null;
  return inner.kind === "name" || speaksAsOne(toks, inner) || isTitleWord(toks[inner.last].text)
    ? inner
    : null;
}

/** The name of an inverted tag ending at `j` ("said Mr. Burr"), or null. */
function subjectAfterTag(toks: Token[], j: number, floor: number): SpeakerPhrase | null {
  const name = j >= floor ? phraseEndingAt(toks, j, floor) : null;
  if (name?.kind !== "name" || name.first - 1 < floor) return null;
  const verb = toks[name.first - 1];
  // Inverted only right after the quotation or its comma, not "it attacked Trump, saying".
  const mark = toks[name.first - 2]?.text ?? "";
  if (!/^[,”"'’]+$/.test(mark)) return null;
  return verb.pos === "VERB" && speechLemma(verb, true, toks[name.first - 2]) ? name : null;
}
