import { findOrganization, officeholdersBySurname } from "../kb/index.ts";
import { surnameOf } from "./draft.ts";
import type { Resolved } from "./elsewhere.ts";
import { surnameKey } from "./keys.ts";
import { isGeoName, isGivenName } from "./lexicon.ts";

// Roles that serve a person rather than hold an office of their own.
const STAFF =
  /\b(aide|adviser|advisor|spokes(man|woman|person)|chief of staff|staffer|secretary|assistant|liaison|counsel|press secretary|communications director|director of communications)\b/i;

const CAMPAIGN_STAFF =
  /\b(aide|adviser|advisor|spokes(man|woman|person)|staffer|manager|director|strategist|chair(man|woman)?|pollster|organizer|treasurer)\b/i;

/**
 * "Clinton campaign spokesman Brian Fallon", "an aide to Putin", "Lynch's chief of staff":
 * someone whose title names another person of the article works for that person, in that
 * person's country; a staff role that says nothing of its body serves the office of whom it
 * serves (an official's aide is in government, not holding office when the role is past).
 */
export function worksFor(resolved: Resolved[], article: string): void {
  const bySurname = new Map<string, Resolved["r"]>();
  // "Clinton communication director" in a story of two Clintons: the one running has the staff.
  const running = new Map<string, Resolved["r"]>();
  for (const { d, r } of resolved) {
    if (d.media) continue;
    bySurname.set(surnameOf(r.name), r);
    if (r.category === "party" && !r.isOfficial) running.set(surnameOf(r.name), r);
  }
  for (const { d, r } of resolved) {
    if (d.media) continue;
    ownerAsBody(r, bySurname, article);
    const infos = [...d.titles, ...d.appositives];
    const text = infos.map((i) => i.text).join(" ");
    const words = text.split(/[\s’']+/);
    const named = words.find((w) => bySurname.has(w) && bySurname.get(w)!.name !== r.name);
    const candidate = named ? running.get(named) : undefined;
    const boss =
      candidate && candidate.name !== r.name && CAMPAIGN_STAFF.test(r.role ?? "")
        ? candidate
        : named && bySurname.get(named);
    if (!boss) continue;
    // "Marsh communication director": a person's surname read as a body gives the role no kind.
    const personAsBody = !!r.organization && bySurname.has(r.organization);
    // "a former Lint adviser": the person served is no organization.
    if (r.organization && r.organization === surnameOf(boss.name) && /\s/.test(boss.name)) {
      r.organization = null;
      delete r.evidence.organization;
    }
    if (!r.country && boss.country) {
      r.country = boss.country;
      r.evidence = {
        ...r.evidence,
        country: {
          value: boss.country,
          evidence: `works for ${boss.name} (${boss.country}): "${text}"`,
        },
      };
    }
    const vague = r.category === "unknown" || r.category === "public" || personAsBody;
    // "Marsh communications director X" when Marsh is running: the campaign's staff.
    // One the story already counts in the campaign still needs its body.
    const staffable =
      vague || r.category === "expert" || (r.category === "party" && !r.organization);
    if (
      staffable &&
      boss.category === "party" &&
      !boss.isOfficial &&
      CAMPAIGN_STAFF.test(r.role ?? "")
    ) {
      const evidence = `staff of candidate ${boss.name}: "${text}"`;
      r.category = "party";
      r.evidence = { ...r.evidence, category: { value: "party", evidence } };
      r.isOfficial = false;
      delete r.evidence.official;
      if (!r.organization) {
        r.organization = `${surnameOf(boss.name)} campaign`;
        r.evidence.organization = { value: r.organization, evidence };
      }
      continue;
    }
    if (!vague || !boss.isOfficial || !boss.category || !STAFF.test(r.role ?? "")) continue;
    const evidence = `staff of ${boss.name} (${boss.category}): "${text}"`;
    // "the attorney general's chief of staff" works in the attorney general's department.
    if (!r.organization && boss.organization) {
      r.organization = boss.organization;
      r.evidence = { ...r.evidence, organization: { value: boss.organization, evidence } };
    }
    r.category = boss.category;
    r.evidence = { ...r.evidence, category: { value: boss.category, evidence } };
    if (!/^former /i.test(r.role ?? "")) {
      r.isOfficial = true;
      r.evidence.official = { value: "true", evidence };
    }
  }
}

/**
 * "Barclays' chief economist" reads as "Chief Economist to Barclays": an owner that is no person
 * of the article, no given name and no office-holder's surname is the body the role belongs to.
 */
function ownerAsBody(r: Resolved["r"], bySurname: Map<string, Resolved["r"]>, text: string): void {
  const m = / to (\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3})$/u.exec(r.role ?? "");
  if (!m || r.organization || !r.role) return;
  const owner = m[1];
  const words = owner.split(" ");
  if (bySurname.has(words.at(-1)!)) return;
  // "Hale's chief economist" in a story that also writes "Hale Brothers": the short form of a
  // known body the article names, whatever person shares the word.
  const body = isGeoName(owner) ? null : knownBodyStarting(owner, text);
  if (!body && (isGivenName(words[0]) || officeholdersBySurname(surnameKey(owner)).length > 0))
    return;
  r.role = r.role.slice(0, m.index);
  r.organization = body ?? owner;
  r.evidence = {
    ...r.evidence,
    role: { value: r.role, evidence: r.evidence.role?.evidence ?? owner },
    organization: { value: owner, evidence: `${owner}'s` },
  };
}

/** A body the knowledge base knows whose name, as the article writes it, starts with `owner`. */
function knownBodyStarting(owner: string, text: string): string | null {
  const escaped = owner.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`\\b${escaped}(?: \\p{Lu}[\\p{L}&.'’-]*){1,3}`, "gu");
  for (const m of text.matchAll(re)) {
    const words = m[0].split(" ");
    // The longest prefix of the run the knowledge base knows ("Hale Brothers Index" → "Hale Brothers").
    for (let n = words.length; n > owner.split(" ").length; n--) {
      const org = findOrganization(words.slice(0, n).join(" "));
      if (org && org.kind !== "party") return org.name;
    }
  }
  return null;
}
