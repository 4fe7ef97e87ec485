import type { Doc } from "../doc.ts";
import type { Mention, Person } from "../types.ts";
import { candidacyCue, raceFigureCue } from "./candidacy.ts";
import { findCandidates } from "./candidates.ts";
import { clauseRole } from "./clause-role.ts";
import { contextCountry, OFFICIAL_SETTING_SHARE, SETTING_SHARE } from "./context.ts";
import { bylinePeople, creditPeople } from "./credits.ts";
import { inlineCredits } from "./credits-inline.ts";
import { doubtfulCountry } from "./doubtful-country.ts";
import { type Draft, groupCandidates, newDraft, surnameOf } from "./draft.ts";
import { describedElsewhere, officeEnded, runsForOffice } from "./elsewhere.ts";
import { fullNameKey, nameWords } from "./keys.ts";
import { collectMentions, type MentionTarget } from "./mentions.ts";
import { namedThings } from "./named-things.ts";
import { describedBody } from "./org-described.ts";
import { impliedOrganization } from "./org-implied.ts";
import { itsBody } from "./org-its.ts";
import { ownerBody } from "./org-owner.ts";
import { placeOfOffice } from "./org-place.ts";
import { soleBodyOf } from "./org-sole.ts";
import { surroundingsIndex } from "./political.ts";
import { resolveDraft } from "./resolve.ts";
import { runningMates } from "./running-mate.ts";
import { becomesNominee, runsForParty, thePartys } from "./runs-for-party.ts";
import { playsFor } from "./teams.ts";
import { worksFor } from "./works-for.ts";

const FAMILY_FIRST = new Set(["CN", "TW", "HK", "KR", "KP", "VN"]);
const SETTING_BOUND = new Set(["government", "legislature", "judiciary", "party"]);

/**
 * Whether the article's setting places a person: a mayor or a councillor serves where the story
 * is even when other countries are named; a journalist or a company's people work there without
 * belonging to it.
 */
function settingPlaces(category: string | null, share: number): boolean {
  // Nor does an international body's official belong to the country the story is set in.
  if (category === "media" || category === "business" || category === "international") return false;
  return share >= (SETTING_BOUND.has(category ?? "") ? OFFICIAL_SETTING_SHARE : SETTING_SHARE);
}

/** The article's date as YYYY-MM-DD, or null. */
function articleDate(doc: Doc): string | null {
  const d = doc.article.publishedAt ?? doc.options.publishedAt ?? null;
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null;
}

function addMedia(doc: Doc, drafts: Draft[]): void {
  for (const m of [...bylinePeople(doc), ...creditPeople(doc), ...inlineCredits(doc)]) {
    const key = fullNameKey(m.name);
    let d = drafts.find((x) => x.key === key);
    if (!d) {
      d = newDraft(m.name, false);
      // "On The Ana Ruiz Show … she told Ruiz": the surname alone was read before the full name.
      const lone = drafts.findIndex((x) => x.surnameOnly && x.surnameKey === d!.surnameKey);
      if (lone >= 0) {
        const [alone] = drafts.splice(lone, 1);
        d.mentions.push(...alone.mentions);
        d.starts.push(...alone.starts);
        d.titles.push(...alone.titles);
      }
      drafts.push(d);
    }
    // A name a credit gives is a person's, however little else the text says of it.
    d.confident = true;
    if (!d.media && d.titles.length === 0 && d.appositives.length === 0) d.media = m;
    if (m.mention && !d.mentions.some((x) => x.start === m.mention!.start))
      d.mentions.push(m.mention);
  }
}

function aliasesOf(name: string, mentions: Mention[], shortTitles: string[]): string[] {
  const seen = new Set<string>();
  // The surname is how the article will call the person, even if it has not yet.
  if (nameWords(name).length > 1) seen.add(surnameOf(name));
  for (const m of mentions) if (m.kind !== "pronoun" && m.kind !== "title") seen.add(m.text);
  for (const t of shortTitles) seen.add(t);
  seen.delete(name);
  return [...seen];
}

/** Finds, merges and describes the people of an article (see the people stage). */
export function buildPeople(doc: Doc): Person[] {
  const date = articleDate(doc);
  const drafts = groupCandidates(doc.sentences.flatMap(findCandidates));
  const surroundings = surroundingsIndex(doc.sentences);
  addMedia(doc, drafts);
  const things = namedThings(doc.text);
  const resolve = (d: Draft) => resolveDraft(d, date, surroundings(d.starts));
  const resolved = drafts
    .map((d) => ({ d, r: resolve(d) }))
    .filter(({ d, r }) => (d.confident || r.kb) && !things.has(r.name));
  const targets: (MentionTarget & { i: number })[] = resolved.map(({ d, r }, i) => ({
    i,
    name: r.name,
    keys: new Set([d.key, fullNameKey(r.name)]),
    surnameKey: d.surnameKey,
    surname: surnameOf(r.name),
    familyFirst: FAMILY_FIRST.has(r.country ?? ""),
    kin: !!d.kin && !d.confidentAlone,
    mentions: [...d.mentions],
  }));
  collectMentions(doc.sentences, targets);
  // Read once: who is described as a nominee depends on it, and so is who speaks for a campaign.
  const cues = targets.map((t) => candidacyCue(doc.text, t.mentions));
  describedElsewhere(doc, resolved, targets, cues, resolve);
  for (const [k, t] of targets.entries()) {
    // "Kole leads the polls": a main figure of the race's sentences runs, though no phrase says so.
    const race = cues[k] ? null : raceFigureCue(doc.sentences, doc.text, t.mentions);
    runsForOffice(resolved[t.i].r, cues[k] ?? race, !race);
    officeEnded(doc.text, resolved[t.i].r, t.mentions);
    clauseRole(doc.text, resolved[t.i].r, t.mentions);
    runsForParty(doc.text, resolved[t.i].r, t.mentions);
    becomesNominee(doc.text, resolved[t.i].r, t.mentions);
    const { d, r } = resolved[t.i];
    thePartys(
      doc.text,
      r,
      [...d.titles, ...d.appositives],
      d.starts.length ? Math.min(...d.starts) : 0,
    );
  }
  for (const t of targets) {
    const { d, r } = resolved[t.i];
    placeOfOffice(doc.text, r, t.mentions);
    describedBody(doc.text, r);
    const infos = [...d.titles, ...d.appositives];
    const at = d.starts.length ? Math.min(...d.starts) : 0;
    ownerBody(doc.text, r, infos, at);
    itsBody(doc.text, r, infos, at);
  }
  worksFor(resolved, doc.text);
  soleBodyOf(doc.text, resolved);
  runningMates(
    doc.text,
    resolved,
    targets.map((t) => t.mentions),
  );
  playsFor(
    doc.text,
    resolved,
    targets.map((t) => t.mentions),
  );
  const context = contextCountry(doc);
  const people = targets.map((t) => {
    const { d, r } = resolved[t.i];
    // A relative the text names as one ("his son Ari Vance") is placed by nothing the story says.
    const kin = d.kin && !d.confidentAlone;
    const doubted = context ? doubtfulCountry(r, context) : null;
    if (doubted) {
      r.country = null;
      delete r.evidence.country;
    }
    if (
      context &&
      !r.country &&
      !d.media &&
      !kin &&
      doubted !== "later office" &&
      settingPlaces(r.category, context.share)
    ) {
      r.country = context.value;
      r.evidence = { ...r.evidence, country: { value: context.value, evidence: context.evidence } };
    }
    // "the secretary of State" in a US story, a role read elsewhere in the article: the body the
    // role implies in the person's country.
    const implied = r.organization || d.media ? null : impliedOrganization(r.role, r.country);
    if (implied) {
      r.organization = implied.org.name;
      r.evidence.organization = { value: implied.org.name, evidence: implied.evidence };
    }
    const mentions = dedupe(t.mentions);
    const { kb: _kb, ...fields } = r;
    return { id: "", ...fields, aliases: aliasesOf(r.name, mentions, d.shortTitles), mentions };
  });
  people.sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
  return people.map((p, i) => ({ ...p, id: `p${i + 1}` }));
}

function dedupe(mentions: Mention[]): Mention[] {
  const byStart = new Map<number, Mention>();
  for (const m of mentions) if (!byStart.has(m.start)) byStart.set(m.start, m);
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}
