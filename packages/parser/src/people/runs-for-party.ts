import { findOrganization, type Organization } from "../kb/index.ts";
import type { Mention } from "../types.ts";
import type { Resolved } from "./elsewhere.ts";
import type { RoleInfo } from "./role.ts";

// ", who is running for the Solar Party", ", who stands as the Solar Party's candidate".
const RUNS =
  /^,? who (?:is|was) (?:running|standing|campaigning) (?:for|as) (?:the )?(\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,4})/u;
// A party's name ends in one of these when the knowledge base does not know it.
const PARTY_LAST = /\b(?:party|democrats|republicans|greens|socialists|conservatives|liberals)$/i;

const partyNamed = (name: string): Organization | null => {
  const known = findOrganization(name);
  if (known?.kind === "party") return known;
  if (known || !PARTY_LAST.test(name)) return null;
  return { name, country: null, kind: "party", wikidataId: null, source: "text" };
};

/**
 * "X, who is running for the Solar Party,": a person with no office who runs for a party is
 * that party's candidate — its organization, party and category.
 */
export function runsForParty(text: string, r: Resolved["r"], mentions: Mention[]): void {
  if (r.isOfficial || r.organization) return;
  for (const m of mentions) {
    if (m.kind === "pronoun") continue;
    const run = RUNS.exec(text.slice(m.end, m.end + 100));
    const party = run ? partyNamed(run[1].replace(/['’]s$/, "")) : null;
    if (!party) continue;
    const evidence = `${m.text}${run![0]}`;
    r.organization = party.name;
    r.party ??= party.name;
    r.category = "party";
    r.evidence = {
      ...r.evidence,
      organization: { value: party.name, evidence },
      party: r.evidence.party ?? { value: party.name, evidence },
      category: { value: "party", evidence },
    };
    return;
  }
}

// "the Solar Party", "the Unity Party of Oregon": a party's name as the text writes it.
const PARTY_NAME = /\b(?:\p{Lu}[\p{L}.’'-]*\s){1,4}Party(?: of(?: \p{Lu}\p{L}+){1,2})?/gu;

/**
 * "Ada Marsh, the party's nominee for governor,": the party is the last one the article named
 * before the person: the organization of a party role.
 */
export function thePartys(text: string, r: Resolved["r"], infos: RoleInfo[], at: number): void {
  if (r.organization || r.isOfficial) return;
  const own = infos.find((i) => /\bthe party['’]s\b/i.test(i.text) && i.head?.category === "party");
  if (!own) return;
  const last = [...text.slice(Math.max(0, at - 3000), at).matchAll(PARTY_NAME)].at(-1)?.[0];
  const named = last?.replace(/^(?:The|A) /, "");
  if (!named) return;
  const evidence = `${own.text} (${named})`;
  r.organization = named;
  // The organization only: a short form ("the Unity Party") may stand for a longer party name,
  // and the party field must not be wrong.
  r.evidence = { ...r.evidence, organization: { value: named, evidence } };
}
