import type { Organization, OrgKind } from "../kb/index.ts";
import descriptions from "../lexicon/people-body-descriptions.json" with { type: "json" };
import type { PersonCategory } from "../types.ts";
import { phraseAt } from "./appositive-phrase.ts";
import { bodyOf } from "./category.ts";
import { countryOfDemonymWord, countryOfName, FORMER, isGeoName, ORG_LAST } from "./lexicon.ts";
import { KIND_OF } from "./org-named.ts";
import { textOrganization } from "./org-of-text.ts";
import { findOrgIn, headOf } from "./role.ts";
import { isCapitalized, isPossessive, joinWords, type Word } from "./words.ts";

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
function bodyAfterOf(
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
  if (words[at]?.text !== ",") return null;
  // ", a firm", ", the group", ", Norway's largest bank": an article or a place's possessive.
  const opens = /^(a|an|the)$/.test(words[at + 1]?.lower ?? "")
    ? at + 2
    : words[at + 2] && isPossessive(words[at + 2]) && isGeoName(words[at + 1].text)
      ? at + 3
      : -1;
  if (opens < 0) return null;
  // The head noun is the last word before a preposition, a verb or a relative pronoun.
  let end = opens;
  while (
    end < words.length &&
    end < opens + 6 &&
    /^[\p{L}'’-]+$/u.test(words[end].text) &&
    words[end].pos !== "ADP" &&
    !(words[end].pos === "VERB" && !words[end].text.includes("-")) &&
    !/^(that|which|who|whose)$/.test(words[end].lower)
  )
    end++;
  const rest = words.slice(opens, end);
  if (rest.length === 0) return null;
  const last = rest[rest.length - 1].lower;
  const pair = rest.length > 1 ? `${rest[rest.length - 2].lower} ${last}` : "";
  // "a think tank", "a radar firm": the body word the description ends in.
  const body = bodyOf(rest.slice(-2).map((w) => w.text));
  const head = body && [last, pair].includes(body.word.toLowerCase());
  if (body && head && DESCRIBED.has(body.category)) return KIND_OF[body.category] ?? null;
  // "a group that represents dock workers": a loose noun, after qualifiers only.
  if (LOOSE.has(last) && rest.slice(0, -1).every(qualifies)) return "nonprofit";
  return null;
}

// Kinds of body a description may give: a public body, a party or a court is no description's to
// make ("Jo Pike of Ohio, a swing state").
const DESCRIBED = new Set<PersonCategory>(["business", "civil_society", "expert", "media"]);

/** "small", "Denver-based", "Ohio", "Canadian": a word that may stand before a loose body noun. */
const qualifies = (w: Word) =>
  QUALIFIERS.has(w.lower) ||
  /-based$/.test(w.lower) ||
  Boolean(countryOfDemonymWord(w)) ||
  (isCapitalized(w) && isGeoName(w.text));

type Hit = { org: Organization; text: string; from: number; to: number };

/**
 * "a member of the center-left Social Democratic Party": a known party's name inside a longer
 * capitalised one is another party, named as written (of no known country).
 */
export function widenedParty(words: Word[], hit: Hit | null): Hit | null {
  if (hit?.org.kind !== "party" || !/\bParty$/.test(hit.text)) return hit;
  let from = hit.from;
  while (
    from > 0 &&
    isCapitalized(words[from - 1]) &&
    !isPossessive(words[from - 1]) &&
    !headOf([words[from - 1].text]) &&
    !FORMER.has(words[from - 1].lower) &&
    !countryOfName(words[from - 1].text) &&
    !countryOfDemonymWord(words[from - 1])
  )
    from--;
  // "the Ohio Republican Party", "a Texas-based Democrat": a place's branch of the party.
  const before = words.slice(from, hit.from);
  if (from === hit.from || isGeoName(joinWords(before)) || before.some((w) => w.text.includes("-")))
    return hit;
  const text = joinWords(words.slice(from, hit.to));
  const org: Organization = {
    ...hit.org,
    name: text,
    country: null,
    wikidataId: null,
    source: "text",
  };
  return { org, text, from, to: hit.to };
}
