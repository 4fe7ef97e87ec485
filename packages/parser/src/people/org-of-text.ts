import { findOrganization, type Organization, type OrgKind } from "../kb/index.ts";
import { OPENERS } from "./appositive-phrase.ts";
import { bodyOf } from "./category.ts";
import {
  countryOfCity,
  countryOfDemonym,
  countryOfName,
  EVENT_LAST,
  FORMER,
  HONORIFICS,
  isGeoName,
  ORG_LAST,
} from "./lexicon.ts";
import { KIND_OF } from "./org-named.ts";
import { headOf, isRoleWord } from "./role.ts";
import { describesRole } from "./title-words.ts";
import { isCapitalized, isPossessive, joinWords, type Word } from "./words.ts";

// Lower-case words allowed inside a capitalised name ("Unity Party of America", "PG & E").
const INSIDE = new Set(["of", "for", "and", "&", "on"]);
const NAME_POS = new Set(["PROPN", "NOUN", "X", "NUM"]);
// Heads whose body is a place: "Oakdale mayor", "the governor of Nevada", "Halton premier".
export const PLACE_HEADS =
  /\b(mayor|governor|gov\.|premier|councill?or|council member|alderman|reeve|prosecutor|sheriff|police)\b/i;

// Chambers named in their own language: "Lok Sabha", "Dáil", "Storting", "Sejm".
const CHAMBER =
  /\b((?:lok|rajya|vidhan) sabha|dáil|dail|storting|riksdag|sejm|folketing|eduskunta|oireachtas)\b/i;

/** A capitalised run read as a body's name: a party when it ends in "Party", else by its body word. */
export function textOrganization(name: Word[]): Organization {
  const words = name.map((w) => w.text);
  const text = joinWords(name);
  const place = isGeoName(text);
  // "head of policy at Facebook": a body the knowledge base knows keeps its kind and country.
  const known = place ? null : findOrganization(text.replace(/^the /i, ""));
  if (known) return known;
  const partyAt = words.findIndex((w) => /^party$/i.test(w));
  const kind: OrgKind =
    partyAt > 0
      ? "party"
      : place || CHAMBER.test(text)
        ? "government"
        : (kindOfBody(words) ?? "other");
  // "Oakdale mayor" serves in Oakdale's country; other bodies are placed by the rest of the phrase.
  const country = place ? (countryOfCity(text) ?? null) : null;
  return { name: text, country, kind, wikidataId: null, source: "text" };
}

function kindOfBody(words: string[]): OrgKind | null {
  const body = bodyOf(words);
  if (!body) return null;
  return KIND_OF[body.category] ?? null;
}

/** True when the words only name a country or a people ("U.S.", "Ukrainian", "Russia's"). */
const onlyCountry = (words: Word[]) => {
  const text = joinWords(words.filter((w) => !isPossessive(w)));
  return Boolean(countryOfName(text) ?? countryOfDemonym(text));
};

/**
 * The body named before a role in a title ("Metro Transit spokesman", "Oakdale mayor", "Solar
 * Party chairman"): the capitalised run that ends where the role starts. Not a country or a people
 * ("Ukrainian President"), and not a place before a role that is no place's office ("Arizona Sen.").
 */
export function orgBeforeRole(words: Word[], roleStart: number, role: string): Word[] | null {
  let to = roleStart;
  while (
    to > 0 &&
    (isPossessive(words[to - 1]) ||
      HONORIFICS.has(words[to - 1].lower) ||
      describesRole(words, to - 1, words.length))
  )
    to--;
  let from = to;
  while (from > 0) {
    const w = words[from - 1];
    const bodyWord = !isRoleWord(w.lower) || !headOf([w.text]);
    if (isCapitalized(w) && bodyWord && !FORMER.has(w.lower)) from--;
    else if (INSIDE.has(w.lower) && from < to && from > 1 && isCapitalized(words[from - 2])) from--;
    else break;
  }
  // "Current", "Honoured": an opening adjective is no body's name.
  while (from < to && (INSIDE.has(words[from].lower) || OPENERS.has(words[from].lower))) from++;
  const run = words.slice(from, to);
  if (run.length && !NAME_POS.has(run[run.length - 1].pos)) return null;
  if (run.length === 0 || onlyCountry(run) || notABody(run)) return null;
  // "U.S. Constitution Party": a country before the body's name is no part of it.
  const rest = countryOfName(run[0].text) && run.length > 1 ? run.slice(1) : run;
  if (isGeoName(joinWords(rest)) && !PLACE_HEADS.test(role)) return null;
  // "Gulf War veteran", "Winter Olympics champion": an event is nobody's employer.
  if (EVENT_LAST.has(rest[rest.length - 1].lower)) return null;
  return rest;
}

/**
 * The body after a role's "of", "at" or "with" in an appositive ("president of the Coastal
 * Farmers Union", "a professor at Lakeview University in Ohio"): its capitalised run, up to a
 * place ("in Ohio") or the end. Null for a country ("the foreign minister of France") and for a
 * place that is not the role's own ("the governor of Nevada" keeps it).
 */
export function orgAfterPreposition(body: Word[], role: string): Word[] | null {
  const at = body.findIndex(
    (w, k) =>
      k > 0 && (w.lower === "of" || w.lower === "at" || w.lower === "with" || w.lower === "for"),
  );
  if (at < 0) return null;
  const forWhom = body[at].lower === "for";
  let from = at + 1;
  while (body[from] && /^(the|a|an)$/.test(body[from].lower)) from++;
  let to = from;
  while (to < body.length) {
    const w = body[to];
    if (isCapitalized(w) && !(to > from && isPossessive(w))) to++;
    else if (INSIDE.has(w.lower) && to > from && body[to + 1] && isCapitalized(body[to + 1])) to++;
    else break;
  }
  // "Lakeview University's Policy Lab": a unit of the body keeps the body's name.
  if (body[to] && isPossessive(body[to])) {
    let k = to + 1;
    while (body[k] && isCapitalized(body[k])) k++;
    if (k > to + 1) to = k;
  }
  const run = body.slice(from, to);
  // "the star of 'Harbor Lights'": a work's title in quotation marks is no body.
  if (/^['‘"“]/.test(body[from]?.text ?? "")) return null;
  if (run.length === 0 || onlyCountry(run)) return null;
  // "a spokesman for the Harbor Tenants Union", not "a spokesman for Trudeau" (a person) or
  // "a candidate for Governor": after "for", only a run that ends in a body word.
  // "a lawyer for the Animal Rescue League of Manitoba": a body word before its place counts.
  if (forWhom && (run.length < 2 || !run.some((w, k) => k > 0 && ORG_LAST.has(w.lower))))
    return null;
  if (isGeoName(joinWords(run)) && !PLACE_HEADS.test(role)) return null;
  return run;
}

/**
 * "Mr. Lint", "a Bush-era official", "a Lebanese-Nigerian billionaire": an honorific, an
 * adjective of time or manner, or demonyms joined by a hyphen name no body.
 */
function notABody(run: Word[]): boolean {
  if (run.some((w) => HONORIFICS.has(w.lower) || isPossessive(w))) return true;
  const last = run[run.length - 1].text;
  if (/-\p{Ll}+$/u.test(last)) return true;
  return run.every((w) =>
    w.text.split("-").every((part) => countryOfDemonym(part) ?? countryOfName(part)),
  );
}
