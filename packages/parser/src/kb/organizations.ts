import curated from "../lexicon/people-organizations.json" with { type: "json" };
import { memo } from "../people/memo.ts";
import { loadOrganizations } from "./data.ts";
import { ACRONYM, isAcronym, lookupSorted, orgKey } from "./keys.ts";

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
  source: "whosaid" | "ror";
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
let ror: { orgs: string[]; index: string[] } | null = null;

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
    ror = { orgs: data.organizations.split("\n"), index: data.index.split("\n") };
  }
  const table = ror;
  const hit = keys.map((k) => lookupSorted(table.index, k)[0]).find((h) => h !== undefined);
  if (hit === undefined) return null;
  const [orgName, country, type] = ror.orgs[Number(hit)].split("\t");
  return {
    name: orgName,
    country: country || null,
    kind: ROR_KIND[type] ?? "other",
    wikidataId: null,
    source: "ror",
  };
}

/** True when the organization is international (NATO, UN, EU): it gives no country. */
export function isInternational(org: Organization): boolean {
  return org.kind === "international" || org.country === null;
}
