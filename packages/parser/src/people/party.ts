import type { Organization } from "../kb/index.ts";
import type { Evidence } from "../types.ts";
import type { RoleInfo } from "./role.ts";

/** US party letters of a "(R-Pa.)" tag. */
export const US_PARTY_LETTER: Record<string, string> = {
  R: "Republican Party",
  D: "Democratic Party",
  I: "Independent",
};

// How legislature sources write US parties ("Democrat", "Republican").
const PARTY_NAMES: Record<string, string> = {
  democrat: "Democratic Party",
  democratic: "Democratic Party",
  republican: "Republican Party",
  independent: "Independent",
};

/** A party name as the knowledge base writes it, in the form the text's parties take. */
export const normalizeParty = (name: string) => PARTY_NAMES[name.toLowerCase()] ?? name;

/** The party a title or appositive names through a known party organization. */
export function partyOfOrg(org: Organization | null, text: string | null): RoleInfo["party"] {
  return org?.kind === "party" ? { name: org.name, text: text ?? org.name } : null;
}

/**
 * The person's party: only the text's own tie (a title, an appositive or a tag of this person).
 * The knowledge base's party for the term held is not used: a legislator's party at the date is
 * often not the one the article ties them to (a senator running for another party's nomination),
 * and a namesake matched by name alone would take a stranger's party.
 */
export function decideParty(infos: RoleInfo[]): Evidence | undefined {
  const stated = infos.find((i) => i.party);
  return stated?.party ? { value: stated.party.name, evidence: stated.party.text } : undefined;
}
