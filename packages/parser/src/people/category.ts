import type { PersonCategory } from "../types.ts";
import { bodyOf, categoryOfOrg, isOfficialCategory } from "./category-bodies.ts";
import {
  bodyAfterOf,
  CIVIC_NAME,
  EMPLOYERS,
  employs,
  firmSpecialist,
  isLegislativeTitle,
  isPartyAdjective,
  isPatron,
  officeBeforeAnd,
  officeOwner,
  ownerBodyOf,
} from "./category-cues.ts";
import { isGeoName } from "./lexicon.ts";
import type { RoleInfo } from "./role.ts";

export { bodyOf, isOfficialCategory } from "./category-bodies.ts";
export { isPartyAdjective, isPatron } from "./category-cues.ts";

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
