import type { Organization, OrgKind } from "../kb/index.ts";
import descriptions from "../lexicon/people-body-descriptions.json" with { type: "json" };
import { phraseAt } from "./appositive-phrase.ts";
import { countryOfDemonymWord, isGeoName, ORG_LAST } from "./lexicon.ts";
import { textOrganization } from "./org-of-text.ts";
import { findOrgIn } from "./role.ts";
import { isCapitalized, isPossessive, joinWords, type Word } from "./words.ts";

const KIND = new Map<string, OrgKind>(
  Object.entries(descriptions.kinds).flatMap(([kind, nouns]) =>
    nouns.map((n) => [n, kind as OrgKind] as const),
  ),
);
const LOOSE = new Set(descriptions.loose);
const QUALIFIERS = new Set(descriptions.qualifiers);
// Lower-case words allowed inside a body's name ("Friends of the Earth", "Coastal Freight and Rail").
const INSIDE = new Set(["of", "for", "and", "&", "on", "the"]);

/**
 * "Tomas Reyes of Northgate University", "Kim Albers of the Coastal Freight Union": the body a
 * person is named with, when the knowledge base does not know it. Only a capitalised run that
 * ends in a body word ("University", "Systems", "Union") and is not a place counts: "Ana Ruiz of
 * Springfield" names a home, not an employer. `at` is the index of the word after "of".
 */
export function bodyAfterOf(
  words: Word[],
  at: number,
): { org: Organization; text: string; from: number; end: number } | null {
  let from = at;
  while (words[from]?.lower === "the") from++;
  let to = from;
  while (to < words.length) {
    const w = words[to];
    if (isCapitalized(w) && !isPossessive(w)) to++;
    else if (INSIDE.has(w.lower) && to > from && nextCapital(words, to + 1)) to++;
    else break;
  }
  const run = words.slice(from, to);
  // "Ivo Lund of Bright Path, a nonprofit": a description after the name makes it a body's.
  // "the Center for Quiet Streets": a body word may open the name before its "for" or "of".
  const named =
    run.length >= 2 &&
    (ORG_LAST.has(run[run.length - 1].lower) ||
      (ORG_LAST.has(run[0].lower) && /^(for|of|on)$/.test(run[1].lower)));
  if (run.length === 0 || !(named || describedKind(words, to))) return null;
  const text = joinWords(run);
  if (isGeoName(text)) return null;
  return { org: textOrganization(run), text, from, end: to };
}

/**
 * The body named after a person's "of" (`at` is the word after it): a known organization, or a
 * name read from the text (see bodyAfterOf) when it is longer than the known one and either
 * opens with it ("the Senate Armed Services Committee": a unit, of the known body's kind) or is
 * described as a body after it ("Clearwater Commons, a group that …"). `whole` when the name
 * ends the phrase, so that an appositive may follow it.
 */
export function bodyNamedAfterOf(
  words: Word[],
  at: number,
): { org: Organization; text: string; end: number; whole: boolean } | null {
  const phrase = phraseAt(words, at);
  const known = findOrgIn(phrase);
  const run = bodyAfterOf(words, at);
  if (!known) return run ? { ...run, whole: true } : null;
  const from = at + known.from;
  const to = at + known.to;
  if (run && run.from <= from && to <= run.end && run.end - run.from > to - from) {
    if (run.from === from) {
      const kind = run.org.kind === "other" ? known.org.kind : run.org.kind;
      const country = run.org.country ?? known.org.country;
      return { ...run, org: { ...run.org, kind, country }, whole: true };
    }
    if (describedKind(words, run.end)) return { ...run, whole: true };
  }
  return {
    org: known.org,
    text: known.text,
    end: at + phrase.length,
    whole: known.to === phrase.length,
  };
}

/** The word at `k`, or the one after a "the" there, is capitalised ("Friends of the Earth"). */
const nextCapital = (words: Word[], k: number) =>
  Boolean(
    words[k] &&
      (isCapitalized(words[k]) ||
        (words[k].lower === "the" && words[k + 1] && isCapitalized(words[k + 1]))),
  );

/**
 * ", a firm specialising in radar", ", an advocacy group", ", a think tank in Denver", ", a group
 * that represents dock workers": an appositive that describes a body, not a person. The kind of
 * body its head noun makes, or null. `at` is the index of the comma.
 */
export function describedKind(words: Word[], at: number): OrgKind | null {
  if (words[at]?.text !== "," || !/^(a|an|the)$/.test(words[at + 1]?.lower ?? "")) return null;
  // The head noun is the last word before a preposition, a verb or a relative pronoun.
  let end = at + 2;
  while (
    end < words.length &&
    end < at + 8 &&
    /^[\p{L}'’-]+$/u.test(words[end].text) &&
    words[end].pos !== "ADP" &&
    !(words[end].pos === "VERB" && !words[end].text.includes("-")) &&
    !/^(that|which|who|whose)$/.test(words[end].lower)
  )
    end++;
  const rest = words.slice(at + 2, end);
  for (let k = 0; k < rest.length; k++) {
    const tail = rest
      .slice(k)
      .map((w) => w.lower)
      .join(" ");
    const kind = KIND.get(tail);
    if (!kind) continue;
    // "a private equity group" is a firm: a loose noun counts only after qualifiers.
    if (LOOSE.has(tail) && !rest.slice(0, k).every(qualifies)) return null;
    return kind;
  }
  return null;
}

/** "small", "Denver-based", "Ohio", "Canadian": a word that may stand before a loose body noun. */
const qualifies = (w: Word) =>
  QUALIFIERS.has(w.lower) ||
  /-based$/.test(w.lower) ||
  Boolean(countryOfDemonymWord(w)) ||
  (isCapitalized(w) && isGeoName(w.text));
