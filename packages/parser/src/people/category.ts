import type { Organization, OrgKind } from "../kb/index.ts";
import bodies from "../lexicon/people-bodies.json" with { type: "json" };
import { OFFICIAL_CATEGORIES, type PersonCategory } from "../types.ts";
import { isGeoName } from "./lexicon.ts";
import { headOf, type RoleInfo } from "./role.ts";

const ORG_CATEGORY: Record<OrgKind, PersonCategory> = {
  government: "government",
  military: "military",
  party: "party",
  international: "international",
  thinktank: "expert",
  university: "expert",
  nonprofit: "civil_society",
  healthcare: "unknown",
  media: "media",
  company: "business",
  platform: "business",
  other: "unknown",
};

// Government bodies that are chambers or courts: their people are legislators and judges.
const LEGISLATIVE =
  /\b(senate|house of|congress|parliament|duma|rada|bundestag|knesset|assembly|legislature|(?:lok|rajya|vidhan) sabha|dáil|dail|storting|riksdag|sejm|folketing|eduskunta|oireachtas)\b/i;
// Courts and public prosecutors ("Director of Public Prosecutions") are the judiciary.
const COURT = /\b(court|tribunal|prosecutions?|prosecutors?)\b/i;

/** Category of the people of an organization ("Senate" → legislature, a company → business). */
function categoryOfOrg(org: Organization): PersonCategory {
  const kind = ORG_CATEGORY[org.kind];
  if (kind !== "government") return kind;
  if (COURT.test(org.name)) return "judiciary";
  return LEGISLATIVE.test(org.name) ? "legislature" : "government";
}

// Common nouns naming the body a role belongs to, by the category of its people (data: see the
// file's "about").
const BODY_WORDS = new Map<string, PersonCategory>(
  Object.entries(bodies.bodies).flatMap(([category, words]) =>
    words.map((w) => [w, category as PersonCategory] as const),
  ),
);

/** The body word of a role phrase, last one first ("state party chairman" → party). */
export function bodyOf(words: string[]): { word: string; category: PersonCategory } | null {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i].toLowerCase().replace(/['’]s$/, "");
    const pair = i > 0 ? `${words[i - 1].toLowerCase()} ${w}` : "";
    const triple = i > 1 ? `${words[i - 2].toLowerCase()} ${pair}` : "";
    const three = triple ? BODY_WORDS.get(triple) : undefined;
    if (three) return { word: triple, category: three };
    const both = pair ? BODY_WORDS.get(pair) : undefined;
    if (both) return { word: pair, category: both };
    const one = BODY_WORDS.get(w);
    if (one) return { word: words[i], category: one };
  }
  return null;
}

/**
 * Category of a title or appositive: a strong head decides ("senator" → legislature); a weak one
 * ("president", "spokeswoman", "CEO") takes the organization's kind, else a body word in the
 * phrase, else its own default. Null when the phrase has no head.
 */
export function categoryOfRole(info: RoleInfo): { value: PersonCategory; evidence: string } | null {
  // A body read from the text whose kind nobody knows says nothing: the role decides.
  // "founder of Parents for Safer Roads", "CEO of Gulf War Veterans of America": a body the text
  // names for the people it speaks for is an advocacy group, whatever kind its role suggests.
  if (
    info.org?.source === "text" &&
    CIVIC_NAME.test(info.orgText ?? info.org.name) &&
    !(info.head && !info.head.weak && isOfficialCategory(info.head.category as PersonCategory))
  )
    return { value: "civil_society", evidence: info.orgText ?? info.text };
  // "chair of Hillcrest School's parent council": a body after the role's "of" decides over a
  // word of its name read as a role ("parent").
  const ofBody = info.head?.category === "public" ? bodyAfterOf(info.text) : null;
  if (ofBody) return { value: ofBody, evidence: info.text };
  const vague = info.org?.source === "text" && info.org.kind === "other";
  const org = isPartyAdjective(info) || vague ? null : info.org;
  if (!info.head) {
    if (org && !isPatron(info)) return { value: categoryOfOrg(org), evidence: info.text };
    // "Democrat Rosa Kemp", "X, a Republican": a party and no office is a party figure.
    if (info.party) return { value: "party", evidence: info.party.text };
    // "Dr. Valeria Ortiz" with no other role: a doctor or a scholar, an expert either way.
    return /^(dr|prof)\.?$/i.test(info.text) ? { value: "expert", evidence: info.text } : null;
  }
  // "city councillor and tenants' advocate": an office holder who also advocates speaks in office.
  const office = officeBeforeAnd(info);
  if (office) return { value: office, evidence: info.text };
  if (!info.head.weak) {
    // "Harbor Police Lt.", "a police sergeant": a rank in the police is a civil servant's.
    if (info.head.category === "military" && /\bpolice\b/i.test(info.text))
      return { value: "government", evidence: info.text };
    // "the Acme vice-president": an office's title in a company or a newsroom is no office.
    const body = org ? categoryOfOrg(org) : null;
    if (info.head.category === "government" && (body === "business" || body === "media"))
      return { value: body, evidence: info.orgText ?? info.text };
    // "a Kessler campaign organizer": a candidate's campaign employs its staff.
    if (
      org &&
      /\bcampaign$/i.test(org.name) &&
      !isOfficialCategory(info.head.category as PersonCategory)
    )
      return { value: "party", evidence: info.orgText ?? info.text };
    // "a bank's chief economist", "a lawyer for the animal rescue league": a specialist a body
    // employs works as its staff, not as an independent expert or a private practice.
    const employer = org && employs(info) ? categoryOfOrg(org) : null;
    // "the government's lawyer", "the company's chief economist": a body named as the owner of
    // the role employs its specialist, a public one too (its staff serve in office).
    const owner = !org && employs(info) ? (ownerBodyOf(info.text) ?? officeOwner(info.text)) : null;
    if (owner) return { value: owner, evidence: info.text };
    // A researcher at a non-profit institute is still a researcher; its lawyer is its staff.
    const staff = employer === "civil_society" ? info.head.category === "business" : true;
    if (employer && EMPLOYERS.has(employer) && staff)
      return { value: employer, evidence: info.orgText ?? info.text };
    if (firmSpecialist(info)) return { value: "business", evidence: info.orgText ?? info.text };
    return { value: info.head.category as PersonCategory, evidence: info.text };
  }
  if (org) return { value: categoryOfOrg(org), evidence: info.orgText ?? info.text };
  const body = bodyOf(info.text.split(/\s+/));
  if (body) return { value: body.category, evidence: info.text };
  if (isLegislativeTitle(info)) return { value: "legislature", evidence: info.text };
  // "President of Rock the Vote": a weak title over a body nobody knows says nothing of office.
  if (info.unknownBody) return { value: "unknown", evidence: info.text };
  // "Harlow Rowing Club president", "Metro Transit spokesman": a weak title of a body that is not
  // a place says nothing of public office.
  if (
    vague &&
    !isGeoName(info.orgText ?? "") &&
    isOfficialCategory(info.head.category as PersonCategory)
  )
    return { value: "unknown", evidence: info.text };
  if (info.head.category === "unknown") {
    // "Conservative leader", "Green Party chair": a party's office.
    if (info.party) return { value: "party", evidence: info.party.text };
    // "Chinese leader", "a Ukrainian official": a country's own, with no other body named.
    if (info.country) return { value: "government", evidence: info.countryText ?? info.text };
  }
  return { value: info.head.category as PersonCategory, evidence: info.text };
}

/** The category of a common-noun body that owns a role ("the government's lawyer" → government). */
function ownerBodyOf(text: string): PersonCategory | null {
  const owner = /^(?:the |a |an )?([\p{L}-]+(?: [\p{L}-]+)?)['’]s? /u.exec(text)?.[1];
  if (!owner || /^\p{Lu}/u.test(owner)) return null;
  return bodyOf(owner.split(" "))?.category ?? null;
}

// "presidential physician", "a White House lawyer": a head of state's household employs them.
const OFFICE_OWNER =
  /^(?:the |a |an )?(?:(?:vice-?)?presidential|white house|royal|prime minister['’]s)\b/i;
const officeOwner = (text: string): PersonCategory | null =>
  OFFICE_OWNER.test(text) ? "government" : null;

/**
 * "Ottawa city councillor and housing advocate", "a state senator and lawyer": of two roles
 * joined by "and", a public office before the "and" decides over a private occupation after it.
 */
function officeBeforeAnd(info: RoleInfo): PersonCategory | null {
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
const CIVIC_NAME =
  /^(?:the )?(?:save|stop|protect)\b|\b(?:veterans|friends|citizens|parents|mothers|fathers|families|students|women|taxpayers|residents|neighbou?rs|patients|survivors|farmers|fishermen|workers|nurses|teachers|doctors|physicians|scientists|lawyers|voters|grandparents|seniors|youth) (?:of|for|against|without|united)\b/i;

/** The body word after a role's "of" ("president of the school's parent council" → civil society). */
function bodyAfterOf(text: string): PersonCategory | null {
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
const EMPLOYERS = new Set<PersonCategory>(["business", "media", "civil_society", "military"]);
const employs = (info: RoleInfo) =>
  EMPLOYED.has(info.head?.category ?? "") && !SCHOLARS.test(info.role ?? info.text);

// Bodies that study or advocate rather than sell: their analysts stay experts.
const RESEARCH_BODY =
  /\b(?:research|institute|institution|universit(?:y|ies)|college|school|cent(?:er|re)|foundation|council|association|society|academy|laborator(?:y|ies)|lab|observatory|project|initiative|network|forum|board|league|alliance|coalition|fund)\b/i;

/**
 * "Mara Olsen, Brightwater's chief economist", "an analyst at Kestrel Capital": a specialist on
 * the staff of a named body of no known kind, when the name says nothing of research or a place,
 * works for a firm (public bodies and research bodies are the ones the lists know).
 */
const firmSpecialist = (info: RoleInfo) =>
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
const isLegislativeTitle = (info: RoleInfo) =>
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

/** True for a category of public office. */
export const isOfficialCategory = (c: PersonCategory | null): boolean =>
  c !== null && OFFICIAL_CATEGORIES.includes(c);

/**
 * "a Verizon customer", "a longtime Acme shareholder": a body's customers, users and owners are
 * no staff of it. Only for a phrase with no role.
 */
export const isPatron = (info: RoleInfo) =>
  !info.head &&
  /\b(?:customers?|clients?|subscribers?|users?|passengers?|patients?|shareholders?|investors?|fans?|viewers?|readers?|listeners?|donors?|visitors?|guests?)\b/i.test(
    info.text,
  );
