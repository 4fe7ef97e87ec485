import { findOrganization, type Organization } from "../kb/index.ts";
import type { Mention } from "../types.ts";
import type { Resolved } from "./elsewhere.ts";

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
