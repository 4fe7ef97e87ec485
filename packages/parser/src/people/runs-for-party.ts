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

const PRIVATE = new Set(["public", "unknown", "media", "business", "expert"]);

/** The last party the article names in `before`, as written ("the Unity Party" → "Unity Party"). */
const lastPartyNamed = (before: string) =>
  [...before.slice(-3000).matchAll(PARTY_NAME)].at(-1)?.[0].replace(/^(?:The|A) /, "") ?? null;

// "X became the Solar Party's presumptive nominee", "left X as the party's expected nominee",
// "X, a podcaster, was picked to be the party's vice presidential nominee": a candidacy stated
// as the sentence's predicate of the person (a description the appositive readers do not see).
const BECOMES =
  /^(?:,[^.;:"“”]{0,80}?,)? (?:(?:has |had )?became|was (?:picked|named|chosen|selected|nominated|tapped)(?: to be| as)?|as) the ([Pp]arty['’]s|(?:\p{Lu}[\p{L}.’'-]*\s){0,3}\p{Lu}[\p{L}.’'-]*['’]s?) (?:(?:presumptive|expected|official|\d{4}) )*((?:[Vv]ice[- ])?[Pp]residential |[Gg]ubernatorial |[Mm]ayoral |[Ss]enate )?(nominee|candidate)\b/u;

/**
 * "X became the Solar Party's presumptive nominee": a person with no office whom a sentence
 * makes a party's nominee runs for that party — its organization, and the role if none was read.
 * "the party's" is the last party the article named; the party field only from a party's own name.
 */
export function becomesNominee(text: string, r: Resolved["r"], mentions: Mention[]): void {
  if (r.isOfficial || r.organization) return;
  for (const m of mentions) {
    if (m.kind === "pronoun") continue;
    const found = BECOMES.exec(text.slice(m.end, m.end + 200));
    if (!found) continue;
    const owner = found[1].replace(/['’]s?$/, "");
    const own = /^party$/i.test(owner);
    const party = own ? null : partyNamed(owner);
    const name = own ? lastPartyNamed(text.slice(0, m.start)) : party?.name;
    if (!name) continue;
    const evidence = `${m.text}${found[0]}`;
    r.organization = name;
    r.evidence = { ...r.evidence, organization: { value: name, evidence } };
    // A candidacy outranks a private occupation ("author X became the party's nominee").
    if (!r.role || PRIVATE.has(r.category ?? "")) {
      r.role = `${found[2] ?? ""}${found[3]}`.replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
      r.evidence.role = { value: r.role, evidence };
    }
    if (party && !r.party) {
      r.party = party.name;
      r.evidence.party = { value: party.name, evidence };
    }
    r.category = "party";
    r.evidence.category = { value: "party", evidence };
    return;
  }
}

/**
 * "Ada Marsh, the party's nominee for governor,": the party is the last one the article named
 * before the person: the organization of a party role.
 */
export function thePartys(text: string, r: Resolved["r"], infos: RoleInfo[], at: number): void {
  if (r.organization || r.isOfficial) return;
  const own = infos.find((i) => /\bthe party['’]s\b/i.test(i.text) && i.head?.category === "party");
  if (!own) return;
  const named = lastPartyNamed(text.slice(0, at));
  if (!named) return;
  const evidence = `${own.text} (${named})`;
  r.organization = named;
  // The organization only: a short form ("the Unity Party") may stand for a longer party name,
  // and the party field must not be wrong.
  r.evidence = { ...r.evidence, organization: { value: named, evidence } };
}
