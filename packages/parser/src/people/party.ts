import type { Organization } from "../kb/index.ts";
import type { Evidence } from "../types.ts";
import type { KbMatch } from "./kb-match.ts";
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
 * The person's party: the text's own tie first (a title, an appositive or a tag of this person),
 * else the knowledge base's party for the term held at the article's date.
 */
export function decideParty(infos: RoleInfo[], kb: KbMatch | null): Evidence | undefined {
  const stated = infos.find((i) => i.party);
  if (stated?.party) return { value: stated.party.name, evidence: stated.party.text };
  if (kb?.current && kb.dated && kb.term.party)
    return { value: normalizeParty(kb.term.party), evidence: kb.evidence };
  return undefined;
}
