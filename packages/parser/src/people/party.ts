import { type Organization, termCovers } from "../kb/index.ts";
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

// The words a text names a party by: "Democratic Party" → Democrat(ic); "Conservative Party of
// Canada" → Conservative.
const partyWords = (name: string): string[] => {
  const first = name.split(/\s+/)[0];
  if (/^democratic$/i.test(first)) return ["Democrat"];
  if (/^republican$/i.test(first)) return ["Republican", "GOP"];
  return first.length > 3 && /^\p{Lu}/u.test(first) ? [first] : [];
};

/** A party name as the knowledge base writes it, in the form the text's parties take. */
export const normalizeParty = (name: string) => PARTY_NAMES[name.toLowerCase()] ?? name;

/** The party a title or appositive names through a known party organization. */
export function partyOfOrg(org: Organization | null, text: string | null): RoleInfo["party"] {
  // "the Marsh campaign" works for a candidate: no party's name.
  if (org?.kind !== "party" || /\bcampaign$/i.test(org.name)) return null;
  return { name: org.name, text: text ?? org.name };
}

/**
 * The person's party: the text's own tie first (a title, an appositive or a tag of this person),
 * else the party of the legislature seat the knowledge base has this person in at the article's
 * date. Only a full name matched at a date, with a legislator's title in the text, counts (a
 * namesake would take a stranger's party: a letter writer who shares a congressman's name), only
 * a term that ends on record (an open term of an old snapshot may have
 * ended since), and never "independent": independents run and caucus with parties, so the
 * article's tie may well be another.
 */
export function decideParty(
  infos: RoleInfo[],
  kb: KbMatch | null = null,
  date: string | null = null,
  /** The sentences naming the person. */
  around: () => string = () => "",
): Evidence | undefined {
  const stated = infos.find((i) => i.party);
  if (stated?.party) return { value: stated.party.name, evidence: stated.party.text };
  if (!kb?.current || !kb.dated || !date || kb.holder.names.length === 0) return undefined;
  const seat = kb.holder.terms.find(
    (t) => t.legislature && t.party && t.end && termCovers(t, date),
  );
  if (!seat || /^independent/i.test(seat.party)) return undefined;
  if (!infos.some((i) => !i.former && i.head?.category === "legislature")) return undefined;
  const value = normalizeParty(seat.party);
  const text = around();
  const named = partyWords(value).find((w) => new RegExp(`\\b${w}`, "i").test(text));
  if (!named) return undefined;
  return { value, evidence: `${kb.evidence}; seat: ${seat.party}; named: ${named}` };
}
