import { termCovers as covers, findOrganization, type Organization } from "../kb/index.ts";
import type { Evidence, Person, PersonCategory } from "../types.ts";
import { categoryOfRole, isOfficialCategory, isPartyAdjective, isPatron } from "./category.ts";
import type { Draft } from "./draft.ts";
import {
  categoryOfTerm,
  isTopOffice,
  type KbMatch,
  matchOfficeholder,
  roleFits,
} from "./kb-match.ts";
import { isGeoName } from "./lexicon.ts";
import { impliedOrganization } from "./org-implied.ts";
import { PLACE_HEADS } from "./org-of-text.ts";
import { organizationName } from "./org-written.ts";
import { decideParty } from "./party.ts";
import type { Surroundings } from "./political.ts";
import type { RoleInfo } from "./role.ts";

type Fields = Omit<Person, "id" | "mentions" | "aliases" | "name">;
/** What a draft says of a person's roles, as this resolution reads it (the draft is not changed). */
type Described = Pick<Draft, "titles" | "appositives">;

/**
 * The role source, in the order of trust: a strong current title before the name, then an
 * appositive with a role, then any title with a role (a rank, a weak or a past one), then a phrase
 * that names only an organization. Titles and appositives of every mention count: a role stated
 * anywhere in the article beats the knowledge base.
 */
function chooseRole(d: Described): RoleInfo | null {
  // "Teacher Ana Vidal, the Solar Party's nominee": a candidacy outranks a private occupation,
  // not an office ("Sen. X, the party's nominee").
  const current = [...d.titles, ...d.appositives].filter((i) => i.head && !i.former);
  const running = current.find((i) => i.head?.category === "party" && !i.head.weak);
  if (
    running &&
    !current.some((i) => !i.head?.weak && isOfficialCategory(i.head!.category as PersonCategory))
  )
    return running;
  return (
    d.titles.find((t) => t.head && !t.head.weak && t.head.category !== "military" && !t.former) ??
    d.appositives.find((a) => a.role && !a.former) ??
    d.titles.find((t) => t.role && !t.former) ??
    d.appositives.find((a) => a.role) ??
    d.titles.find((t) => t.role) ??
    d.appositives.find((a) => a.org) ??
    d.titles.find((t) => t.org) ??
    null
  );
}

const orgCountry = (org: Organization | null) =>
  org && org.kind !== "international" ? org.country : null;

// A known newsroom, company or advocacy group hires from anywhere: working there says nothing of
// nationality, unlike serving a state's government, army, party or public university. A body
// the text itself places ("the Danish freight company") places its people too.
const STATELESS_KINDS = new Set(["media", "company", "platform", "thinktank", "nonprofit"]);
const placingCountry = (org: Organization | null) =>
  org && (org.source === "text" || !STATELESS_KINDS.has(org.kind)) ? orgCountry(org) : null;

const PARTY_OFFICE = /\b(leader|chair|chairman|chairwoman|chairperson|whip)$/i;

/**
 * "White House hopeful", "Senate candidate": a candidacy's public body is the office sought, not
 * an employer ("Union for Work presidential nominee" runs for the body named).
 */
const seeks = (i: RoleInfo) =>
  i.head?.category === "party" && !i.head.weak && i.org?.kind === "government";

/** The organization the person works for: a party only for party roles ("Democratic nominee"). */
function organizationOf(chosen: RoleInfo | null, infos: RoleInfo[]): RoleInfo | null {
  // "Democratic nominee", "chairman of the Republican Party": party roles work for the party;
  // "Republican President" and "Trump of the Republican Party" are members only.
  // "Conservative Leader X", "Green Party chair X": a party's own office works for the party.
  const works = (i: RoleInfo) =>
    i.org &&
    !seeks(i) &&
    !isPatron(i) &&
    (i.org.kind !== "party" ||
      i.head?.category === "party" ||
      // "a Marsh campaign staffer": a campaign employs its staff.
      /\bcampaign$/i.test(i.org.name) ||
      // "the Solar Party's Ada Marsh": the party's own figure.
      (!i.head && /['’]s?$/.test(i.text)) ||
      (i.head?.weak && !isPartyAdjective(i)) ||
      // "Conservative Leader X", "Harbour Unity Opposition Leader X": the party's own office.
      PARTY_OFFICE.test(i.role ?? ""));
  if (chosen && works(chosen)) return chosen;
  // A president who is also the party's nominee works for the state, not the party.
  const partyRole = !chosen?.head || chosen.head.category === "party";
  return infos.find((i) => !i.former && works(i) && (partyRole || i.org?.kind !== "party")) ?? null;
}

function decideCountry(infos: RoleInfo[], org: Organization | null, kb: KbMatch | null) {
  const stated = infos.find((i) => i.country);
  if (stated?.country)
    return { value: stated.country, evidence: stated.countryText ?? stated.text };
  if (placingCountry(org)) return { value: placingCountry(org)!, evidence: org!.name };
  // "a former C.I.A. director": a past employer still places the person.
  const past = infos.find((i) => i.org && placingCountry(i.org))?.org;
  if (past?.country) return { value: past.country, evidence: past.name };
  // "Democrat of California": a party member lives in the party's country.
  const party = infos.find((i) => i.org?.kind === "party" && i.org.country)?.org;
  if (party?.country) return { value: party.country, evidence: party.name };
  const place = infos.find((i) => i.place)?.place;
  if (place) return { value: place.code, evidence: place.text };
  if (kb?.term.country) return { value: kb.term.country, evidence: kb.evidence };
  return undefined;
}

function decideCategory(
  d: Described,
  chosen: RoleInfo | null,
  kb: KbMatch | null,
  /** An office the knowledge base has the person leave before the article's date. */
  left: KbMatch | null = null,
): { value: PersonCategory; evidence: string; past?: boolean } {
  const current = [chosen, ...d.titles, ...d.appositives].filter(
    (i): i is RoleInfo => !!i && !i.former,
  );
  // A strong head anywhere ("Gen." before the name) outranks a weak one's organization
  // ("chairman of the Joint Chiefs of Staff").
  const strong = current.filter((i) => i.head && !i.head.weak);
  const fromText = [...strong, ...current]
    .map(categoryOfRole)
    .find((c) => c && c.value !== "unknown");
  const kbCurrent = kb?.current && kb.dated ? kb : null;
  // "Chief Executive Carrie Lam", "President X, the party's nominee": the role the knowledge base
  // confirms at the date is an office.
  // The chosen role's own office decides ("Speaker of the House" is a legislator, whatever the
  // knowledge base files the office under).
  const chosenText = chosen && !chosen.former ? categoryOfRole(chosen) : null;
  if (chosenText && isOfficialCategory(chosenText.value)) return chosenText;
  if (kbCurrent && chosen?.role && roleFits(kbCurrent.term.position, chosen.role))
    return { value: categoryOfTerm(kbCurrent.term), evidence: kbCurrent.evidence };
  // "Democrat Rosa Kemp" who sits in the Senate at the date: the office outranks a bare party.
  const bareParty = fromText?.value === "party" && !current.some((i) => i.head);
  if (fromText && !(bareParty && kbCurrent)) return fromText;
  if (kbCurrent) return { value: categoryOfTerm(kbCurrent.term), evidence: kbCurrent.evidence };
  // "former President X" with no role now keeps the category of the office (not official).
  const past = [...d.titles, ...d.appositives].filter((i) => i.former);
  const pastCategory = past.map(categoryOfRole).find((c) => c && c.value !== "unknown");
  if (pastCategory)
    return {
      value: pastCategory.value,
      evidence: `former role: ${pastCategory.evidence}`,
      past: true,
    };
  if (past.length) return { value: "unknown", evidence: `former role: ${past[0].text}` };
  // A role that says nothing of its body ("president of Vote Forward Now") is unknown; a person
  // the text gives no role, body or office at all speaks as a member of the public.
  const described = current.find((i) => i.head || (i.org && !isPatron(i)));
  if (described) return { value: "unknown", evidence: `role of no known kind: ${described.text}` };
  // A former office-holder the text names without a role keeps the office's kind, as "former
  // President X" would.
  // Only when the text describes the person not at all: "Navy veteran Tom Ames" is someone else.
  if (left && d.titles.length === 0 && d.appositives.length === 0)
    return {
      value: categoryOfTerm(left.term),
      evidence: `former role: ${left.evidence}`,
      past: true,
    };
  return { value: "public", evidence: "no role, organization or office found" };
}

/**
 * Legislatures have many thousand members, so a name alone finds namesakes (a letter writer who
 * shares a congressman's name): a seat the knowledge base holds at the date counts as the
 * person's office only when the text ties the person to politics (a title, a party, a tag, or
 * a mention in a sentence about politics); otherwise the match gives identity only.
 */
function seatNeedsCue(
  kb: KbMatch | null,
  infos: RoleInfo[],
  inPolitics: () => boolean,
): KbMatch | null {
  if (!kb?.current || !kb.term.legislature) return kb;
  const cue =
    infos.some((i) => i.party || (i.head && !i.head.weak) || i.head?.category === "legislature") ||
    inPolitics();
  return cue ? kb : { ...kb, current: false };
}

/**
 * "Rita Vance, the former secretary of State … Secretary Vance's campaign": a title the text also
 * gives as past is kept as a courtesy, not a current office.
 */
function honorific(title: RoleInfo, appositives: RoleInfo[]): boolean {
  if (title.former || !title.role) return false;
  const held = title.role.toLowerCase();
  return appositives.some(
    (a) =>
      a.former &&
      a.role
        ?.toLowerCase()
        .replace(/^former /, "")
        .startsWith(held),
  );
}

const PRIVATE = new Set(["public", "business", "expert", "media"]);

/**
 * "Navy veteran Tom Ames", "Tom Ames, 43, was hit by a car" and a former envoy of that name: a
 * match on a past minor office is a namesake when the text gives the person a private role or
 * none, outside politics.
 */
function namesake(
  kb: KbMatch | null,
  chosen: RoleInfo | null,
  infos: RoleInfo[],
  inPolitics: () => boolean,
): boolean {
  if (!kb || kb.current || isTopOffice(kb.term) || infos.some((i) => i.party)) return false;
  const kind = chosen ? categoryOfRole(chosen)?.value : null;
  if (kind && !PRIVATE.has(kind)) return false;
  return !inPolitics();
}

/**
 * The office a full-name match has the person leave before the date, when the text ties the
 * person to politics: a namesake of a former envoy is no former envoy (see seatNeedsCue).
 */
function officeLeft(
  kb: KbMatch | null,
  date: string | null,
  infos: RoleInfo[],
  inPolitics: () => boolean,
): KbMatch | null {
  if (!kb || kb.current || !kb.dated || !date || !kb.term.end || kb.term.end >= date) return null;
  if (!infos.some((i) => i.party) && !inPolitics()) return null;
  return kb;
}

export const formerRole = (role: string) => (/^former /i.test(role) ? role : `Former ${role}`);

/** Decides role, organization, country, party, category and knowledge-base identity of a draft. */
export function resolveDraft(
  d: Draft,
  date: string | null,
  /** The sentences the person is named in; none given: as if about politics. */
  around: Surroundings = { political: () => true, text: () => "" },
): Fields & { name: string; kb: KbMatch | null } {
  const evidence: Person["evidence"] = {};
  const roles: Described = {
    titles: d.titles.map((t) => (honorific(t, d.appositives) ? { ...t, former: true } : t)),
    appositives: d.appositives,
  };
  let infos = [...roles.titles, ...roles.appositives];
  let first = chooseRole(roles);
  const stated = infos.find((i) => i.country)?.country;
  const kb = seatNeedsCue(
    d.media
      ? null
      : matchOfficeholder(d.name, date, {
          country: stated ?? orgCountry(organizationOf(first, infos)?.org ?? null),
          role: first?.role ?? null,
        }),
    infos,
    around.political,
  );
  // "President Bill Clinton's 1994 law" in a later story: a title of an office the knowledge base
  // has the person leave before the article's date, and hold no more, is a past one.
  if (kb && !kb.current && kb.dated && date) {
    const left = (t: RoleInfo) =>
      !t.former &&
      !!t.role &&
      kb.holder.terms.some((x) => x.end && x.end < date && roleFits(x.position, t.role)) &&
      !kb.holder.terms.some((x) => covers(x, date) && roleFits(x.position, t.role));
    if (roles.titles.some(left)) {
      roles.titles = roles.titles.map((t) => (left(t) ? { ...t, former: true } : t));
      infos = [...roles.titles, ...roles.appositives];
      first = chooseRole(roles);
    }
  }
  // "President Donald Trump, the Republican nominee": a title the knowledge base confirms at the
  // article's date is the person's role.
  const held = kb?.current && kb.dated ? kb.term.position : null;
  const confirmed = held
    ? roles.titles.find((t) => t.role && !t.former && roleFits(held, t.role))
    : undefined;
  const chosen = confirmed && !(first?.role && roleFits(held!, first.role)) ? confirmed : first;
  const orgInfo = organizationOf(chosen, infos);
  let org = orgInfo?.org ?? null;
  // "the secretary of State": a one-word domain of the role is no body's name (the body is
  // implied below: the State Department).
  // "the governor of Ohio" keeps the place: a place's own office works for the place.
  if (
    org?.source === "text" &&
    !/\s/.test(org.name) &&
    chosen?.role?.endsWith(` of ${org.name}`) &&
    !(PLACE_HEADS.test(chosen.role) && isGeoName(org.name))
  )
    org = null;
  let role: string | null = null;
  if (chosen?.role) {
    // A past role stays past unless the knowledge base has the person in that office at the date.
    const stillHeld = kb?.current && kb.dated && roleFits(kb.term.position, chosen.role);
    role = chosen.former && !stillHeld ? formerRole(chosen.role) : chosen.role;
    evidence.role = { value: role, evidence: chosen.text };
  } else if (kb?.current && kb.dated) {
    role = kb.term.position;
    evidence.role = { value: role, evidence: kb.evidence };
  }
  let organization = org ? organizationName(org, orgInfo?.orgText ?? null) : null;
  if (organization)
    evidence.organization = { value: organization, evidence: orgInfo?.orgText ?? organization };
  let country: Evidence | undefined = decideCountry(
    infos,
    org,
    namesake(kb, chosen, infos, around.political) ? null : kb,
  );
  // "European Central Bank President X": an international body's official serves no country;
  // the knowledge base's earlier national office does not make one.
  if (org?.kind === "international" && country?.evidence.startsWith("kb:")) country = undefined;
  // "Sen. X (R-Kan.)" sits in the Senate: a body the role implies in the person's country.
  const implied = org ? null : impliedOrganization(role, country?.value ?? null);
  if (implied && !d.media) {
    organization = implied.org.name;
    evidence.organization = { value: organization, evidence: implied.evidence };
  }
  let category = decideCategory(roles, chosen, kb, officeLeft(kb, date, infos, around.political));
  if (d.media) {
    role = d.media.role;
    evidence.role = { value: role, evidence: d.media.evidence };
    organization = d.media.organization;
    if (organization) evidence.organization = { value: organization, evidence: d.media.evidence };
    else delete evidence.organization;
    category = { value: "media", evidence: d.media.evidence };
    const mediaOrg =
      organization && d.media.role === "author" ? findOrganization(organization) : null;
    if (!country && mediaOrg?.country)
      country = { value: mediaOrg.country, evidence: mediaOrg.name };
  }
  // The knowledge base's party only for a person named in full (see decideParty).
  const party = d.media
    ? undefined
    : decideParty(infos, d.surnameOnly ? null : kb, date, around.text);
  if (party) evidence.party = party;
  if (country) evidence.country = country;
  evidence.category = { value: category.value, evidence: category.evidence };
  // "Vice President-elect": not yet in office.
  const isOfficial =
    isOfficialCategory(category.value) &&
    !("past" in category && category.past) &&
    !/-elect\b/i.test(role ?? "");
  if (isOfficial) evidence.official = { value: "true", evidence: category.evidence };
  return {
    name: d.surnameOnly && kb ? kb.holder.names[0] : d.name,
    kb,
    country: country?.value ?? null,
    category: category.value,
    isOfficial,
    role,
    organization,
    party: party?.value ?? null,
    wikidataId: kb?.holder.wikidataId ?? null,
    evidence,
  };
}
