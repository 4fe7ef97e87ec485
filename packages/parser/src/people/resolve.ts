import { findOrganization, type Organization, type OrgKind } from "../kb/index.ts";
import type { Evidence, Person, PersonCategory } from "../types.ts";
import type { Draft } from "./draft.ts";
import { categoryOfTerm, type KbMatch, matchOfficeholder } from "./kb-match.ts";
import type { RoleInfo } from "./role.ts";

const ORG_CATEGORY: Record<OrgKind, PersonCategory> = {
  government: "government",
  military: "military",
  party: "government",
  international: "government",
  thinktank: "expert",
  university: "expert",
  nonprofit: "expert",
  healthcare: "other",
  media: "media",
  company: "other",
  platform: "other",
  other: "other",
};

type Fields = Omit<Person, "id" | "mentions" | "aliases" | "name">;

const quoteOf = (r: RoleInfo) => `"${r.text}"`;

/** The role source: a strong title before the name beats an appositive, which beats a rank or a weak title. */
function chooseRole(d: Draft): { info: RoleInfo; evidence: string } | null {
  const strong = d.titles.find(
    (t) => t.head && !t.head.weak && t.head.category !== "military" && !t.former,
  );
  if (strong) return { info: strong, evidence: `title before the name: ${quoteOf(strong)}` };
  const app = d.appositives.find((a) => a.role);
  if (app) return { info: app, evidence: `appositive: ${quoteOf(app)}` };
  const title = d.titles.find((t) => t.role);
  if (title) return { info: title, evidence: `title before the name: ${quoteOf(title)}` };
  const orgOnly = d.appositives.find((a) => a.org) ?? d.titles.find((t) => t.org);
  return orgOnly ? { info: orgOnly, evidence: `organization: ${quoteOf(orgOnly)}` } : null;
}

function orgCountry(org: Organization | null): string | null {
  return org && org.kind !== "international" ? org.country : null;
}

/** Decides role, organization, country, category and knowledge-base identity of a draft. */
export function resolveDraft(
  d: Draft,
  date: string | null,
): Fields & { name: string; kb: KbMatch | null } {
  const evidence: Person["evidence"] = {};
  const infos = [...d.titles, ...d.appositives];
  const chosen = chooseRole(d);
  const org = chosen?.info.org ?? infos.find((i) => i.org)?.org ?? null;
  const textCountry = infos.find((i) => i.country);
  const kb = d.media
    ? null
    : matchOfficeholder(d.name, date, {
        country: textCountry?.country ?? orgCountry(org),
        role: chosen?.info.role ?? null,
      });
  const former = (chosen ? chosen.info.former : infos.some((i) => i.former)) && !kb?.current;
  let role = chosen?.info.role ?? null;
  if (chosen?.info.role) evidence.role = { value: chosen.info.role, evidence: chosen.evidence };
  else if (kb?.current) {
    role = kb.term.position;
    evidence.role = { value: role, evidence: kb.evidence };
  }
  if (role && former && !/^former /i.test(role)) role = `Former ${role}`;
  let organization = org?.name ?? null;

  let country: Evidence | undefined;
  if (textCountry?.country)
    country = { value: textCountry.country, evidence: `role: "${textCountry.text}"` };
  else if (orgCountry(org))
    country = { value: orgCountry(org)!, evidence: `organization: ${org!.name} (${org!.country})` };
  else if (infos.find((i) => i.place)) {
    const p = infos.find((i) => i.place)!.place!;
    country = { value: p.code, evidence: `place: "${p.text}"` };
  } else if (kb)
    country = kb.term.country ? { value: kb.term.country, evidence: kb.evidence } : undefined;

  let category: Evidence | undefined;
  const heads = infos.filter((i) => i.head);
  const strongHead = heads.find((i) => !i.head!.weak);
  if (d.media) {
    role = d.media.role;
    evidence.role = { value: role, evidence: d.media.evidence };
    organization = d.media.organization;
    category = { value: "media", evidence: d.media.evidence };
    const mediaOrg =
      organization && d.media.role === "author" ? findOrganization(organization) : null;
    if (!country && mediaOrg?.country)
      country = {
        value: mediaOrg.country,
        evidence: `organization: ${mediaOrg.name} (${mediaOrg.country})`,
      };
  } else if (former) category = { value: "other", evidence: "former role" };
  else if (strongHead)
    category = {
      value: strongHead.head!.category,
      evidence: `role: "${strongHead.role ?? strongHead.text}"`,
    };
  else if (org)
    category = {
      value: ORG_CATEGORY[org.kind],
      evidence: `organization: ${org.name} (${org.kind})`,
    };
  else if (heads[0])
    category = {
      value: heads[0].head!.category,
      evidence: `role: "${heads[0].role ?? heads[0].text}"`,
    };
  else if (kb?.current) category = { value: categoryOfTerm(kb.term), evidence: kb.evidence };

  if (country) evidence.country = country;
  if (category) evidence.category = category;
  const cat = (category?.value ?? null) as PersonCategory | null;
  return {
    name: d.surnameOnly && kb ? kb.holder.names[0] : d.name,
    kb,
    country: country?.value ?? null,
    category: cat,
    isOfficial: cat === "government" || cat === "military",
    role,
    organization,
    wikidataId: kb?.holder.wikidataId ?? null,
    evidence,
  };
}
