import curated from "../lexicon/people-organizations.json" with { type: "json" };
import { memo } from "../util/memo.ts";
import { loadOrganizations } from "./data.ts";
import { ACRONYM, isAcronym, orgKey } from "./keys.ts";
import { SortedLines, Utf8Lines } from "./lines.ts";

/** Kinds of organization; ROR types are mapped onto these. */
export type OrgKind =
  | "government"
  | "military"
  | "thinktank"
  | "university"
  | "media"
  | "party"
  | "international"
  | "company"
  | "platform"
  | "nonprofit"
  | "healthcare"
  | "other";

/** An organization known to the knowledge base. */
export interface Organization {
  name: string;
  country: string | null;
  kind: OrgKind;
  wikidataId: string | null;
  source: "whosaid" | "ror" | "text";
}

const ROR_KIND: Record<string, OrgKind> = {
  government: "government",
  education: "university",
  nonprofit: "nonprofit",
  healthcare: "healthcare",
  funder: "other",
  other: "other",
};

let curatedIndex: Map<string, Organization> | null = null;
let ror: { orgs: Utf8Lines; index: SortedLines } | null = null;

function curatedMap(): Map<string, Organization> {
  if (!curatedIndex) {
    curatedIndex = new Map();
    for (const [name, country, kind, wikidataId, aliases] of curated.organizations as [
      string,
      string | null,
      OrgKind,
      string | null,
      string[],
    ][]) {
      const org: Organization = {
        name,
        country: country === "INT" ? null : country,
        kind,
        wikidataId,
        source: "whosaid",
      };
      for (const n of [name, ...aliases])
        curatedIndex.set(`${isAcronym(n) ? ACRONYM : ""}${orgKey(n)}`, org);
    }
  }
  return curatedIndex;
}

/** The organization a name refers to (our list first, then ROR), or null. */
export const findOrganization = memo(lookupOrganization);

function lookupOrganization(name: string): Organization | null {
  const plain = orgKey(name);
  if (!plain) return null;
  const keys = isAcronym(name) ? [ACRONYM + plain, plain] : [plain];
  const mine = keys.map((k) => curatedMap().get(k)).find(Boolean);
  if (mine) return mine;
  if (!ror) {
    const data = loadOrganizations();
    ror = { orgs: new Utf8Lines(data.organizations), index: new SortedLines(data.index) };
  }
  const table = ror;
  const hits = keys.map((k) => table.index.lookup(k)).find((h) => h.length > 0);
  if (!hits) return null;
  const rows = hits.map((h) => table.orgs.line(Number(h)).split("\t"));
  const [orgName, country, type] = rows[0];
  // "Northwestern University" is in the US and in the Philippines: a shared name gives no country.
  const sameCountry = rows.every((r) => r[1] === country);
  return {
    name: orgName,
    country: sameCountry ? country || null : null,
    kind: ROR_KIND[type] ?? "other",
    wikidataId: null,
    source: "ror",
  };
}

/** True when the organization is international (NATO, UN, EU): it gives no country. */
export function isInternational(org: Organization): boolean {
  return org.kind === "international" || org.country === null;
}
