import type { PersonCategory } from "../types.ts";
import { bodyOf, isOfficialCategory } from "./category-bodies.ts";
import { isGeoName } from "./lexicon.ts";
import { headOf, type RoleInfo } from "./role.ts";

// The readings of a role phrase that categoryOfRole weighs: owners, employers, advocacy names.

/** The category of a common-noun body that owns a role ("the government's lawyer" → government). */
export function ownerBodyOf(text: string): PersonCategory | null {
  const owner = /^(?:the |a |an )?([\p{L}-]+(?: [\p{L}-]+)?)['’]s? /u.exec(text)?.[1];
  if (!owner || /^\p{Lu}/u.test(owner)) return null;
  return bodyOf(owner.split(" "))?.category ?? null;
}

// "presidential physician", "a White House lawyer": a head of state's household employs them.
const OFFICE_OWNER =
  /^(?:the |a |an )?(?:(?:vice-?)?presidential|white house|royal|prime minister['’]s)\b/i;
export const officeOwner = (text: string): PersonCategory | null =>
  OFFICE_OWNER.test(text) ? "government" : null;

/**
 * "Ottawa city councillor and housing advocate", "a state senator and lawyer": of two roles
 * joined by "and", a public office before the "and" decides over a private occupation after it.
 */
export function officeBeforeAnd(info: RoleInfo): PersonCategory | null {
  // "Former police officer and Navy veteran": the past office says nothing of the present.
  if (!info.head || info.former || isOfficialCategory(info.head.category as PersonCategory))
    return null;
  const words = info.text.split(/\s+/);
  const and = words.lastIndexOf("and");
  if (and < 1) return null;
  // The office ends right before the "and" ("Prime Minister Ana Lind and actor" names two people).
  if (!headOf(words.slice(Math.max(0, and - 2), and))) return null;
  const before = headOf(words.slice(0, and));
  if (!before || before.weak || !isOfficialCategory(before.category as PersonCategory)) return null;
  return before.category as PersonCategory;
}

// Advocacy groups named for those they speak for ("Citizens for Clean Air", "Veterans of Foreign
// Wars") or for their cause ("Save the Pier").
export const CIVIC_NAME =
  /^(?:the )?(?:save|stop|protect)\b|\b(?:veterans|friends|citizens|parents|mothers|fathers|families|students|women|taxpayers|residents|neighbou?rs|patients|survivors|farmers|fishermen|workers|nurses|teachers|doctors|physicians|scientists|lawyers|voters|grandparents|seniors|youth) (?:of|for|against|without|united)\b/i;

/** The body word after a role's "of" ("president of the school's parent council" → civil society). */
export function bodyAfterOf(text: string): PersonCategory | null {
  const words = text.split(/\s+/);
  const of = words.findIndex((w) => w.toLowerCase() === "of");
  if (of < 1) return null;
  return bodyOf(words.slice(of + 1))?.category ?? null;
}

// Professions that work for whoever employs them; scholars stay scholars wherever they teach.
const EMPLOYED = new Set(["expert", "business"]);
const SCHOLARS = /\b(professors?|prof\.|lecturer|dean|scholar|academic|fellow)\b/i;
// Not government: a specialist there may be a civil servant or a contractor, and office is strict.
// An army's doctor or lawyer serves in it.
export const EMPLOYERS = new Set<PersonCategory>([
  "business",
  "media",
  "civil_society",
  "military",
]);
export const employs = (info: RoleInfo) =>
  EMPLOYED.has(info.head?.category ?? "") && !SCHOLARS.test(info.role ?? info.text);

// Bodies that study or advocate rather than sell: their analysts stay experts.
const RESEARCH_BODY =
  /\b(?:research|institute|institution|universit(?:y|ies)|college|school|cent(?:er|re)|foundation|council|association|society|academy|laborator(?:y|ies)|lab|observatory|project|initiative|network|forum|board|league|alliance|coalition|fund)\b/i;

/**
 * "Mara Olsen, Brightwater's chief economist", "an analyst at Kestrel Capital": a specialist on
 * the staff of a named body of no known kind, when the name says nothing of research or a place,
 * works for a firm (public bodies and research bodies are the ones the lists know).
 */
export const firmSpecialist = (info: RoleInfo) =>
  info.head?.category === "expert" &&
  employs(info) &&
  info.org?.source === "text" &&
  info.org.kind === "other" &&
  !RESEARCH_BODY.test(info.orgText ?? info.org.name) &&
  !isGeoName(info.orgText ?? info.org.name);

// "Representative", "U.S. Representative", "Democratic state representative": a member of a
// legislature; "All-Star representative" and "sales representative" are not.
const LEGISLATIVE_WORDS = new Set(
  "representative representatives u.s. us state congressional democratic republican gop former then-".split(
    " ",
  ),
);
export const isLegislativeTitle = (info: RoleInfo) =>
  /representative/i.test(info.text) &&
  info.text
    .toLowerCase()
    .split(/\s+/)
    .every((w) => LEGISLATIVE_WORDS.has(w));

/**
 * "Republican President", "GOP Sen.", "a Democratic pollster": a party named as an adjective gives
 * the person's party, not their employer or the kind of their role.
 */
export const isPartyAdjective = (info: RoleInfo) =>
  info.org?.kind === "party" &&
  /^(republican|democratic|democrat|gop|conservative|labour|labor|liberal|green|socialist|libertarian|ndp|dup|snp|tory|liberal democrat)$/i.test(
    info.orgText ?? "",
  );

/**
 * "a Verizon customer", "a longtime Acme shareholder": a body's customers, users and owners are
 * no staff of it. Only for a phrase with no role.
 */
export const isPatron = (info: RoleInfo) =>
  !info.head &&
  /\b(?:customers?|clients?|subscribers?|users?|passengers?|patients?|shareholders?|investors?|fans?|viewers?|readers?|listeners?|donors?|visitors?|guests?)\b/i.test(
    info.text,
  );
