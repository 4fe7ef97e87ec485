import type { Token } from "../../doc.ts";
import particles from "../../lexicon/name-particles.json";
import grammar from "../../lexicon/quote-grammar.json";
import { isLower, isUpper } from "../../util/token-flags.ts";
import {
  institutionHeads,
  isThingNoun,
  isTitleWord,
  nonNameWords,
  notSources,
  pronouns,
  sourceNouns,
} from "../lexicon.ts";

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

/** Words of the subject-phrase grammar (src/lexicon/quote-grammar.json). */
export const DETS = new Set(grammar.determiners);
const PREPOSITIONS = new Set(grammar.prepositions);
const QUANTIFIERS = new Set(grammar.quantifiers);
const POST_ADP = new Set(grammar.postModifierPrepositions);
const CALENDAR = new Set(grammar.calendarWords);
const PARTICLES = new Set(particles.particles);
const INDEFINITE = new Set(grammar.indefinitePronouns);
/** "half", "a third", "a number": shares of people that head a speaker phrase ("half of voters"). */
export const PORTIONS = new Set(grammar.portionWords);
/** "the share of voters", "talks with organizers", "estimates by analysts": whose the thing is. */
const OF_PEOPLE = new Set(["of", "with", "by", "from", "among"]);
const PLURAL_THING = /(?:tions|nesses|ities)$/;
const APPROXIMATORS = new Set(["about", "nearly", "almost", "roughly", "around", "over", "under"]);

/** A capitalized word. */
export const isCap = (t: Token) => isUpper(t) && t.type === "word";
export const isPossessive = (t: Token) =>
  t.normal === "'s" || t.normal === "’s" || t.text === "'" || t.text === "’";

/** A token that may belong to a noun phrase; `prev` is the token before it, when known. */
export function npToken(t: Token, prev?: Token): boolean {
  // "When", "While", "Having": capitalized at a sentence start, yet no part of a name. After a
  // title or a given name ("Mr. Fleming", "Ann Manning") a word in -ing is a surname.
  const surnameInIng = prev !== undefined && isCap(prev) && !nonNameWords.has(prev.text);
  const sentenceWord =
    nonNameWords.has(t.text) || (t.pos === "VERB" && t.normal.endsWith("ing") && !surnameInIng);
  const nominal =
    t.pos === "PROPN" || t.pos === "DET" || t.pos === "NUM" || t.pos === "NOUN" || t.pos === "ADJ";
  if (isCap(t) && !nominal && sentenceWord) return false;
  if (isCap(t) || isPossessive(t) || t.text === "-" || t.text === "&" || t.text === "%")
    return true;
  // "Boston-based", "Full-blown": the word after a hyphen is part of the compound.
  if (prev?.text === "-" && prev.end === t.start && /^(?:NOUN|ADJ|VERB)$/.test(t.pos)) return true;
  if (t.type !== "word" && t.type !== "number") return false;
  // "Cruz’s thinking", "the party’s leading figure": a word after a possessive is nominal.
  if (prev && isPossessive(prev) && prev.pos === "PART" && isLower(t)) return true;
  return (
    t.pos === "NOUN" ||
    t.pos === "PROPN" ||
    t.pos === "ADJ" ||
    t.pos === "NUM" ||
    DETS.has(t.normal)
  );
}

/**
 * The noun phrase (or pronoun) that ends at token `j`, not before `floor`. With `object`, the
 * phrase may be a preposition's object (the antecedent of "who": "with help from X, who said").
 */
export function phraseEndingAt(
  toks: Token[],
  j: number,
  floor: number,
  object = false,
): SpeakerPhrase | null {
  const pron = pronouns[toks[j].normal];
  if (pron && toks[j].pos === "PRON")
    return { first: j, last: j, kind: "pronoun", nameFirst: j, nameLast: j };
  // "someone … says": a subject that names nobody, but a subject all the same.
  if (INDEFINITE.has(toks[j].normal))
    return { first: j, last: j, kind: "label", nameFirst: j, nameLast: j };
  // "…, many said Monday": a quantifier standing alone for the people (tagged as an adjective).
  const before = toks[j - 1];
  if (
    QUANTIFIERS.has(toks[j].normal) &&
    (j === floor || before?.type === "punctuation" || before?.pos === "CCONJ")
  )
    return { first: j, last: j, kind: "label", nameFirst: j, nameLast: j };
  if (!npToken(toks[j], toks[j - 1])) return null;
  let first = j;
  while (first - 1 >= floor) {
    const t = toks[first - 1];
    // "look-alike": the word before a hyphen belongs to the compound, whatever its tag.
    const compound = toks[first].text === "-" && t.end === toks[first].start && t.type === "word";
    if (npToken(t, toks[first - 2]) || compound) first--;
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
  // "about half of voters": an approximate share, not a preposition.
  if (
    first - 1 >= floor &&
    APPROXIMATORS.has(toks[first - 1].normal) &&
    (PORTIONS.has(toks[first].normal) || toks[first].pos === "NUM")
  )
    first--;
  // The object of a preposition is no subject ("said in a statement", "at a rally, …"), but a
  // name after its noun may be ("In a Bloomberg interview Trump declared").
  const prev = toks[first - 1];
  if (first > floor && prev && PREPOSITIONS.has(prev.normal) && !object)
    return nameAfterAdjunct(toks, first, j);
  return classify(toks, first, j);
}

/** The name that ends a prepositional phrase run on into the subject, after a common noun. */
function nameAfterAdjunct(toks: Token[], first: number, j: number): SpeakerPhrase | null {
  let k = j;
  while (k > first && isCap(toks[k]) && toks[k].pos === "PROPN") k--;
  if (k === j || toks[k].pos !== "NOUN" || isCap(toks[k])) return null;
  const name = classify(toks, k + 1, j);
  return name?.kind === "name" ? name : null;
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
  // Abstract nouns do not speak; "Conversations with …" opening a sentence is no name either
  // (a plural: surnames such as "Pence" or "Hannity" end like abstract nouns too).
  const opening = head === first && PLURAL_THING.test(h.normal);
  if ((!isCap(h) || opening) && isThingNoun(h.normal)) {
    // "talks with local organizers who say", "the share of voters saying": an abstract head
    // does not speak, the people after its preposition may.
    const owner =
      head + 2 <= last && OF_PEOPLE.has(toks[head + 1].normal)
        ? classify(toks, head + 2, last)
        : null;
    return owner && namesPeople(toks, owner) ? owner : null;
  }
  // "Six in 10 voters": a number opening a sentence is a quantity, not a name.
  if (h.pos === "NUM") return { first, last, kind: "label", nameFirst: first, nameLast: last };
  if (
    isCap(h) &&
    !isTitleWord(h.text) &&
    !nonNameWords.has(h.text) &&
    !institutionHeads.has(h.normal)
  ) {
    let nameFirst = head;
    // "SNC-Lavalin", "Smith-Jones": a hyphen between capitalized words is inside the name.
    const hyphenInName = (k: number) =>
      toks[k].text === "-" &&
      k - 1 >= first &&
      isCap(toks[k - 1]) &&
      toks[k].end === toks[k + 1].start;
    while (
      nameFirst - 1 >= first &&
      (nameToken(toks[nameFirst - 1]) || hyphenInName(nameFirst - 1))
    )
      nameFirst--;
    while (
      nameFirst < head &&
      (isTitleWord(toks[nameFirst].text) || nonNameWords.has(toks[nameFirst].text))
    )
      nameFirst++;
    return { first, last, kind: "name", nameFirst, nameLast: head };
  }
  // "about half of voters", "a third of independents", "a third, Jane Roe,": a share of people.
  if (PORTIONS.has(h.normal) && (head > first || toks[head + 1]?.normal === "of"))
    return { first, last, kind: "label", nameFirst: first, nameLast: last };
  // "The democratic socialist", tagged as adjectives: a determiner makes the phrase nominal.
  if (h.pos === "ADJ" && head > first && /^(?:the|a|an)$/.test(toks[first].normal) && !isCap(h))
    return { first, last, kind: "label", nameFirst: first, nameLast: last };
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

/** A name, or a phrase headed by a source noun or a plural ("local shopkeepers"), not "the shelf". */
function namesPeople(toks: Token[], p: SpeakerPhrase): boolean {
  if (p.kind === "name") return true;
  let head = p.last;
  for (let k = p.first + 1; k <= p.last; k++)
    if (POST_ADP.has(toks[k].normal)) {
      head = k - 1;
      break;
    }
  const h = toks[head].normal;
  return sourceNouns.has(h) || (/[^s]s$/.test(h) && !isThingNoun(h));
}

function nameToken(t: Token): boolean {
  return (
    (isCap(t) && !nonNameWords.has(t.text)) || PARTICLES.has(t.text) || /^\p{Lu}\.$/u.test(t.text)
  );
}
