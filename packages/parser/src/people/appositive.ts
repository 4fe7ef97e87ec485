import { findOrganization } from "../kb/index.ts";
import { bodyNamedAfterOf, describedKind, widenedParty } from "./appositive-of.ts";
import { CLAUSE_PREPS, OPENERS, ORG_PREPS, phraseAt, placeCountry } from "./appositive-phrase.ts";
import { bodyOf } from "./category.ts";
import {
  countryOfCity,
  countryOfDemonymWord,
  countryOfName,
  FORMER,
  HONORIFICS,
  isGeoName,
  isGivenName,
  ORG_LAST,
  RELATIONS,
} from "./lexicon.ts";
import { officeSought } from "./office-sought.ts";
import { organizationNamed } from "./org-named.ts";
import { orgAfterPreposition, orgBeforeRole, textOrganization } from "./org-of-text.ts";
import { describedBodyAfterOf, unitOf } from "./org-unit.ts";
import { partyOfOrg, US_PARTY_LETTER } from "./party.ts";
import {
  emptyRole,
  findOrgIn,
  headOf,
  isRoleWord,
  overUnknownBody,
  type RoleInfo,
  titleCase,
  withOwner,
} from "./role.ts";
import { isCapitalized, isPossessive, joinWords, type Word } from "./words.ts";

const PLACE_PREFIX = /^(st|ste|saint|san|santa|sao|são|mt|mount|fort|ft|port|lake|cape)\.?$/i;

/**
 * Reads an appositive after a name: ", a senior fellow at Chatham House, a London-based think tank",
 * ", chairman of the Joint Chiefs of Staff", " of the Brookings Institution". Null when the words after
 * the name are not a role or an organization.
 */
export function parseAppositive(
  words: Word[],
  after: number,
  /** The name opens its sentence: "X is a …" describes it too. */
  subject = false,
): (RoleInfo & { end: number }) | null {
  let i = after;
  // "Jo Hale of South Carolina, the Solar Party's nominee": a home place before the appositive.
  const home = homePlace(words, i);
  if (home > i && words[home]?.text === ",") {
    const rest = parseAppositive(words, home);
    if (rest) return rest;
  }
  if (
    words[i]?.lower === "of" &&
    words[i + 1] &&
    (isCapitalized(words[i + 1]) || words[i + 1].lower === "the")
  ) {
    const org = bodyNamedAfterOf(words, i + 1);
    // "Elna Strand of Fairhaven, a retired nurse": a home place nobody knows, then the role.
    if (!org) return roleAfterHome(words, i + 1);
    const info = {
      ...emptyRole(`of ${org.text}`),
      org: org.org,
      orgText: org.text,
      party: partyOfOrg(org.org, org.text),
      end: org.end,
    };
    return org.whole ? afterBody(words, info) : info;
  }
  // "Sen. Ted Cruz (R-Texas)": a US party and state tag, used only for members of Congress.
  if (words[i]?.text === "(" && /^[RDI]-\p{Lu}/u.test(words[i + 1]?.text ?? "")) {
    const tag = `(${words[i + 1].text}${words[i + 2]?.text === "." ? "." : ""})`;
    return {
      ...emptyRole(tag),
      head: { category: "legislature", weak: false },
      country: "US",
      countryText: tag,
      party: { name: US_PARTY_LETTER[words[i + 1].text[0]], text: tag },
      end: i + 2,
    };
  }
  // "Gov. Ann Rusk (D)": a party letter alone, for state officials.
  if (
    words[i]?.text === "(" &&
    /^[RDI]$/.test(words[i + 1]?.text ?? "") &&
    words[i + 2]?.text === ")"
  ) {
    const tag = `(${words[i + 1].text})`;
    return {
      ...emptyRole(tag),
      country: "US",
      countryText: tag,
      party: { name: US_PARTY_LETTER[words[i + 1].text], text: tag },
      end: i + 3,
    };
  }
  // "Ari Stone is a Denver journalist": a sentence's subject described by "is a".
  const copula = subject && words[i]?.lower === "is" && /^(a|an)$/.test(words[i + 1]?.lower ?? "");
  if (words[i]?.text !== "," && !copula) return null;
  i++;
  const phrase = phraseAt(words, i);
  if (phrase.length === 0 || phrase.length > 20) return null;
  // ", Labour MP Tom Watson, and …": the next item of a list of people, not an appositive.
  if (
    phrase.some(
      (w, k) =>
        k + 1 < phrase.length &&
        isCapitalized(w) &&
        isGivenName(w.text) &&
        isCapitalized(phrase[k + 1]) &&
        // "the St. Paul Federal Reserve": a saint's name is a place's.
        !PLACE_PREFIX.test(phrase[k - 1]?.text ?? "") &&
        !namesABody(phrase, k),
    )
  )
    return null;
  // ", Green Party presidential nominee Ada Marsh, …": a title and a name, the list's next person.
  const lastHead = phrase.findLastIndex((w) => headOf([w.text]) !== null);
  const tail = lastHead >= 0 ? phrase.slice(lastHead + 1) : [];
  if (tail.length >= 2 && tail.every((w) => isCapitalized(w) && !isRoleWord(w.lower))) return null;
  const first = phrase[0];
  if (
    !OPENERS.has(first.lower) &&
    !headOf([first.text]) &&
    !countryOfDemonymWord(first) &&
    // "Larchmont Bank's chief economist": a capitalised owner opens the role.
    !ownerOpens(phrase) &&
    // ", Democrat of California": a party member.
    findOrganization(first.text)?.kind !== "party"
  ) {
    if (!headOf(phrase.slice(0, 3).map((w) => w.text))) return null;
  }
  // A capitalised word tagged as a verb is a name the tagger misread ("Lynch's chief of staff").
  if (phrase.some((w) => clauseVerb(w) && !/(ing|ed)$/.test(w.lower) && w.lower !== "based"))
    return null;
  const info: RoleInfo & { end: number } = {
    ...emptyRole(joinWords(phrase)),
    end: i + phrase.length,
  };
  let body = phrase.filter((w) => !HONORIFICS.has(w.lower) || w.lower === "the");
  while (body[0] && (OPENERS.has(body[0].lower) || FORMER.has(body[0].lower))) {
    if (FORMER.has(body[0].lower)) info.former = true;
    body = body.slice(1);
  }
  // "son of a former senator", "the estranged husband of a longtime aide": a relation, no role.
  const headAt = body.findIndex((w) => headOf([w.text]));
  if (body.slice(0, headAt < 0 ? body.length : headAt + 1).some((w) => RELATIONS.has(w.lower)))
    return null;
  // A country before the role: "Ukraine's defense minister", "the Russian foreign minister".
  if (body[1] && isPossessive(body[1]) && countryOfName(body[0].text)) {
    info.country = countryOfName(body[0].text) ?? null;
    info.countryText = `${body[0].text}'s`;
    body = body.slice(2);
  } else if (body[0] && countryOfDemonymWord(body[0])) {
    info.country = countryOfDemonymWord(body[0]) ?? null;
    info.countryText = body[0].text;
    body = body.slice(1);
  }
  // "the province's chief medical officer", "Obama's adviser": the owner is no part of the role.
  let owner: string | null = null;
  // "the anchor of CBS's evening news": a possessive inside the role's domain owns no role.
  const own = body.findIndex(
    (w, k) =>
      k > 0 &&
      isPossessive(w) &&
      !body.slice(0, k).some((x) => ORG_PREPS.has(x.lower)) &&
      (k < 4 || (k < 7 && body.slice(0, k).every((x) => isCapitalized(x) || x.lower === "the"))),
  );
  if (own > 0) {
    owner = joinWords(body.slice(0, own));
    let ownerWords = body.slice(0, own).filter((w) => !/^(the|a|an)$/.test(w.lower));
    // "the U.S. Solar Party's": the country is no part of the party's name.
    if (ownerWords.length > 2 && countryOfName(ownerWords[0].text))
      ownerWords = ownerWords.slice(1);
    // "the Solar Party's candidate": an owner ending in a body word is an organization.
    const ownerOrg =
      findOrganization(owner) ??
      (ownerWords.length > 1 &&
      ownerWords.every(isCapitalized) &&
      ORG_LAST.has(ownerWords.at(-1)!.lower)
        ? textOrganization(ownerWords)
        : null);
    if (ownerOrg) {
      owner = null;
      info.org = ownerOrg;
      info.orgText = joinWords(ownerWords);
      info.party = partyOfOrg(ownerOrg, info.orgText);
    }
    body = body.slice(own + 1);
  }
  const orgHit = widenedParty(body, findOrgIn(body));
  let roleEnd = body.length;
  /** End of a known body named before the role's words ("a Pentagon spokesman"), or 0. */
  let orgBefore = 0;
  if (orgHit) {
    info.org = orgHit.org;
    info.orgText = orgHit.text;
    info.party = partyOfOrg(orgHit.org, orgHit.text);
    const prep = body[orgHit.from - 1]?.lower === "the" ? orgHit.from - 2 : orgHit.from - 1;
    // "chairman of the Joint Chiefs of Staff" keeps its "of" body; "fellow at Chatham House" drops "at".
    roleEnd =
      prep >= 0 && ORG_PREPS.has(body[prep].lower) && body[prep].lower !== "of" ? prep : orgHit.to;
    const unit = body[prep]?.lower === "at" ? unitOf(body.slice(0, prep), orgHit.org, "") : null;
    if (unit) {
      info.org = unit.org;
      info.orgText = unit.text;
    }
    // "a national Democratic pollster": a party adjective inside the role is not its end.
    if (orgHit.org.kind === "party" && roleEnd === orgHit.to && orgHit.to < body.length) {
      body = [...body.slice(0, orgHit.from), ...body.slice(orgHit.to)];
      roleEnd = body.length;
    } else if (
      roleEnd === orgHit.to &&
      !ORG_PREPS.has(body[prep]?.lower ?? "") &&
      !headOf(body.slice(0, orgHit.from).map((w) => w.text)) &&
      // "a combat veteran and former CIA officer", "a former governor and EPA administrator": a
      // second or past role is read as before ("a 2018 and 2022 House candidate" is one role).
      !body
        .slice(0, orgHit.from)
        .some((w) => FORMER.has(w.lower) || (w.lower !== "and" && isRoleWord(w.lower))) &&
      headOf(body.slice(orgHit.to).map((w) => w.text))
    ) {
      // "a Pentagon spokesman", "a 2016 Senate candidate": a body before the role's words owns
      // the role (or names the office sought), it does not end it.
      roleEnd = body.length;
      orgBefore = orgHit.to;
    }
  } else {
    // "a regional director at the Swedish shipping company Stena Line", "a principal researcher
    // at Dixon Hall": the role ends at "at"; a body nobody knows is kept whole, or not at all.
    const prep = body.findIndex((w, k) => k > 0 && (w.lower === "at" || w.lower === "with"));
    if (prep > 0) roleEnd = prep;
    // "president of the Coastal Farmers Union", "a professor at Lakeview University in Ohio".
    const run = info.org ? null : orgAfterPreposition(body, joinWords(body.slice(0, 3)));
    if (run) {
      info.org = textOrganization(run);
      info.orgText = joinWords(run);
      info.party = partyOfOrg(info.org, info.orgText);
    } else if (prep < 0 && describedBodyAfterOf(body)) {
      const described = describedBodyAfterOf(body)!;
      info.org = described.org;
      info.orgText = described.text;
      roleEnd = described.at;
    } else if (prep > 0) {
      const inAt = body.findIndex((w, k) => k > prep && w.lower === "in");
      const named = organizationNamed(body.slice(prep + 1, inAt > 0 ? inAt : body.length));
      if (named && !info.org) {
        info.org = named.org;
        info.orgText = named.text;
      }
    }
  }
  let roleWords = body.slice(0, roleEnd);
  const inAt = roleWords.findIndex(
    (w, k) => k > 0 && w.lower === "in" && isCapitalized(roleWords[k + 1] ?? w),
  );
  if (inAt > 0) roleWords = roleWords.slice(0, inAt);
  // "a Toronto lawyer representing Spanton", "another lawyer for the victim": the role ends before
  // a clause or a preposition that does not name an organization.
  const clause = roleWords.findIndex(
    (w, k) =>
      k > 0 &&
      // "the Chicago Bears linebacker": a capitalised word the tagger calls a verb is a name's.
      (clauseVerb(w) ||
        (CLAUSE_PREPS.has(w.lower) && !isCapitalized(roleWords[k + 1] ?? w)) ||
        // "a former agency lawyer now at a think tank", "the executive in charge of ''Today''".
        w.lower === "now" ||
        // "the party's nominee for governor was picked …": a comma left out before the verb.
        w.pos === "AUX" ||
        /^['‘’"“”]+$/.test(w.text)),
  );
  if (clause > 0) roleWords = roleWords.slice(0, clause);
  // "the executive in charge of ''Today''": a role cut before its object ends in no preposition.
  while (
    clause > 0 &&
    roleWords.length > 1 &&
    /^(of|for|at|in|to|the|a|an)$/.test(roleWords.at(-1)!.lower)
  )
    roleWords = roleWords.slice(0, -1);
  // "the commissioner responsible for defence", "a minister charged with trade": the words that
  // open the clause are no part of the role.
  while (
    clause > 0 &&
    roleWords.length > 1 &&
    !isCapitalized(roleWords.at(-1)!) &&
    !isRoleWord(roleWords.at(-1)!.lower) &&
    headOf(roleWords.slice(0, -1).map((w) => w.text))
  )
    roleWords = roleWords.slice(0, -1);
  // "a student from New Mexico and a Republican": a place of origin or a second description ends it.
  const from = roleWords.findIndex(
    (w, k) =>
      k > 0 &&
      ((w.lower === "from" && isCapitalized(roleWords[k + 1] ?? w)) ||
        (w.lower === "and" && /^(a|an|the)$/.test(roleWords[k + 1]?.lower ?? ""))),
  );
  if (from > 0) roleWords = roleWords.slice(0, from);
  // "a prominent pollster", "a longtime aide": adjectives before the role words are not the role.
  const firstRoleWord = roleWords.findIndex((w) => isRoleWord(w.lower));
  // ", Pine Creek mayor,", ", a Harbor Freight spokesman,": a body named before the role.
  let roleFrom = firstRoleWord;
  const before =
    firstRoleWord > 0 && !info.org
      ? orgBeforeRole(roleWords, firstRoleWord, joinWords(roleWords.slice(firstRoleWord)))
      : null;
  if (before) {
    // "a Marsh campaign aide": the body word after the name is the body's ("Marsh campaign").
    while (
      roleFrom + 1 < roleWords.length &&
      bodyOf([roleWords[roleFrom].text]) &&
      !headOf([roleWords[roleFrom].text])
    )
      roleFrom++;
    const name = [...before, ...roleWords.slice(firstRoleWord, roleFrom)];
    info.org = textOrganization(name);
    info.orgText = joinWords(name);
    info.party = partyOfOrg(info.org, info.orgText);
  }
  // "a Vancouver journalist": the city before the role places the person.
  const city = roleWords
    .slice(0, firstRoleWord)
    .find((w) => isCapitalized(w) && countryOfCity(w.text));
  if (city) info.place = { code: countryOfCity(city.text)!, text: city.text };
  const sought = officeSought(roleWords, info);
  if (sought) roleFrom = roleFrom < 0 ? sought.from : Math.min(roleFrom, sought.from);
  else if (orgBefore > roleFrom) roleFrom = orgBefore;
  // "a shipping researcher", "a sales manager": a plain noun before the role's words is part of
  // the role.
  else if (!before)
    while (roleFrom > 0 && nounOfRole(roleWords[roleFrom - 1], roleWords[roleFrom - 2])) roleFrom--;
  if (roleFrom > 0) roleWords = roleWords.slice(roleFrom);
  info.head = headOf(roleWords.map((w) => w.text));
  if (!info.head && !info.org) return null;
  if (info.head) info.role = withOwner(titleCase(roleWords.map((w) => w.text)), owner);
  info.unknownBody = overUnknownBody(
    roleWords.map((w) => w.text),
    info,
  );
  const place = placeCountry(phrase);
  // A second appositive describing the organization: ", a Washington-based think tank".
  const next = words[info.end]?.text === "," ? phraseAt(words, info.end + 1) : [];
  const orgPlace =
    info.org && next.length && next.length < 8 && /^(a|an|the)$/.test(next[0].lower)
      ? placeCountry(next)
      : null;
  if (orgPlace) info.end += 1 + next.length;
  info.place = place ?? orgPlace ?? info.place;
  // "X, a former law professor, has taken over as Minister of Justice": the role held now.
  const now = info.former ? roleTakenOver(words, info.end) : null;
  return now ? { ...now, end: info.end } : info;
}

// Verbs that say a role is held from now on; "became" and "was named" may tell of a past one.
const NOW_HOLDS = [
  ["has", "taken", "over", "as"],
  ["took", "over", "as"],
  ["is", "now"],
  ["has", "become"],
  ["has", "been", "named"],
  ["has", "been", "appointed"],
  ["was", "sworn", "in", "as"],
];

/** The role after ", has taken over as", ", is now" at `at` (a comma), read as an appositive. */
function roleTakenOver(words: Word[], at: number): RoleInfo | null {
  if (words[at]?.text !== ",") return null;
  const verbs = NOW_HOLDS.find((v) => v.every((x, k) => words[at + 1 + k]?.lower === x));
  if (!verbs) return null;
  let rest = words.slice(at + 1 + verbs.length);
  // "has taken over as minister from Dana Lee": the one replaced is no part of the role.
  const from = rest.findIndex((w) =>
    /^(from|after|when|replacing|succeeding|following)$/.test(w.text),
  );
  if (from > 0) rest = rest.slice(0, from);
  const role = parseAppositive([words[at], ...rest], 0);
  return role?.head && !role.former ? role : null;
}

/**
 * A verb that opens a clause, not one that ends a compound adjective ("a lesser-known candidate",
 * "a state-run firm") or a capitalised word the tagger misread as a verb.
 */
const clauseVerb = (w: Word) =>
  w.pos === "VERB" && !isCapitalized(w) && !/\p{L}-\p{L}/u.test(w.text);

/**
 * "X of Northgate University, a shipping researcher": the appositive after the body gives the
 * person's role; "X of Keelwater Systems, a firm specialising in radar" describes the body
 * instead, and gives its kind (and a place it names).
 */
function afterBody(words: Word[], info: RoleInfo & { end: number }): RoleInfo & { end: number } {
  if (words[info.end]?.text !== "," || !info.org) return info;
  const next = phraseAt(words, info.end + 1);
  const kind = describedKind(words, info.end);
  if (kind) {
    if (info.org.source === "text" || info.org.kind === "other") info.org = { ...info.org, kind };
    const place = placeCountry(next);
    if (place && info.org.source === "text" && !info.org.country)
      info.org = { ...info.org, country: place.code };
    return { ...info, text: `${info.text}, ${joinWords(next)}`, end: info.end + 1 + next.length };
  }
  const role = parseAppositive(words, info.end);
  if (!role?.head) return info;
  // A role with a body of its own ("a lawyer at Tern Partners") belongs to that body.
  const org = role.org ? {} : { org: info.org, orgText: info.orgText, party: info.party };
  return { ...role, ...org, text: `${info.text}, ${role.text}` };
}

/**
 * A lower-case common noun that names the field of the role after it ("a shipping researcher").
 * Not after an adjective, which may make a compound with it ("a real estate developer").
 */
const nounOfRole = (w: Word, before: Word | undefined) =>
  w.pos === "NOUN" &&
  /^\p{Ll}+$/u.test(w.text) &&
  !(before?.pos === "ADJ" && !FORMER.has(before.lower)) &&
  !TIME_NOUNS.has(w.lower) &&
  !RELATIONS.has(w.lower) &&
  !FORMER.has(w.lower);
// "a sixth year student": a time is no field.
const TIME_NOUNS = new Set(["year", "years", "month", "week", "day", "time", "decade", "century"]);

/** The role in an appositive after up to three capitalised words (a place) at `at`, or null. */
function roleAfterHome(words: Word[], at: number): (RoleInfo & { end: number }) | null {
  let to = at;
  while (to < words.length && to - at < 3 && isCapitalized(words[to])) to++;
  if (to === at || words[to]?.text !== "," || !OPENERS.has(words[to + 1]?.lower ?? "")) return null;
  const role = parseAppositive(words, to);
  return role?.head ? role : null;
}

/** End of "of <Place>" after a name (a place the gazetteer knows), or `at` when there is none. */
function homePlace(words: Word[], at: number): number {
  if (words[at]?.lower !== "of") return at;
  let to = at + 1;
  while (to < words.length && to - at <= 3 && isCapitalized(words[to])) to++;
  return to > at + 1 && isGeoName(joinWords(words.slice(at + 1, to))) ? to : at;
}

/** "a lecturer at Rosalind Franklin University": a given name that opens a body's name. */
function namesABody(words: Word[], from: number): boolean {
  for (let k = from + 1; k < words.length && isCapitalized(words[k]); k++)
    if (ORG_LAST.has(words[k].lower)) return true;
  return false;
}

/** The phrase opens with a capitalised owner of up to three words and its possessive. */
function ownerOpens(phrase: Word[]): boolean {
  const at = phrase.findIndex(isPossessive);
  return at > 0 && at <= 3 && phrase.slice(0, at).every(isCapitalized);
}
