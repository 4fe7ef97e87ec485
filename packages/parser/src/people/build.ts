import type { Doc } from "../doc.ts";
import type { Mention, Person, PersonCategory } from "../types.ts";
import { candidacyCue } from "./candidacy.ts";
import { findCandidates } from "./candidates.ts";
import { contextCountry, OFFICIAL_SETTING_SHARE, SETTING_SHARE } from "./context.ts";
import { bylinePeople, creditPeople } from "./credits.ts";
import { findDescriptions, type Referent, referentOf } from "./described.ts";
import { type Draft, groupCandidates, newDraft, surnameOf } from "./draft.ts";
import { endedOffice } from "./ended.ts";
import { fullNameKey, nameWords } from "./keys.ts";
import { collectMentions, type MentionTarget } from "./mentions.ts";
import { impliedOrganization } from "./org-implied.ts";
import { normalizeParty } from "./party.ts";
import { surroundingsIndex } from "./political.ts";
import { formerRole, resolveDraft } from "./resolve.ts";
import { worksFor } from "./works-for.ts";

const FAMILY_FIRST = new Set(["CN", "TW", "HK", "KR", "KP", "VN"]);
const SETTING_BOUND = new Set(["government", "legislature", "judiciary", "party"]);

/**
 * Whether the article's setting places a person: a mayor or a councillor serves where the story
 * is even when other countries are named; a journalist or a company's people work there without
 * belonging to it.
 */
function settingPlaces(category: string | null, share: number): boolean {
  if (category === "media" || category === "business") return false;
  return share >= (SETTING_BOUND.has(category ?? "") ? OFFICIAL_SETTING_SHARE : SETTING_SHARE);
}

/** The article's date as YYYY-MM-DD, or null. */
function articleDate(doc: Doc): string | null {
  const d = doc.article.publishedAt ?? doc.options.publishedAt ?? null;
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null;
}

function addMedia(doc: Doc, drafts: Draft[]): void {
  for (const m of [...bylinePeople(doc), ...creditPeople(doc)]) {
    const key = fullNameKey(m.name);
    let d = drafts.find((x) => x.key === key);
    if (!d) {
      d = newDraft(m.name, false);
      d.confident = true;
      drafts.push(d);
    }
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
  const resolved = drafts
    .map((d) => ({ d, r: resolveDraft(d, date, surroundings(d.starts)) }))
    .filter(({ d, r }) => d.confident || r.kb);
  const targets: (MentionTarget & { i: number })[] = resolved.map(({ d, r }, i) => ({
    i,
    name: r.name,
    keys: new Set([d.key, fullNameKey(r.name)]),
    surnameKey: d.surnameKey,
    surname: surnameOf(r.name),
    familyFirst: FAMILY_FIRST.has(r.country ?? ""),
    mentions: [...d.mentions],
  }));
  collectMentions(doc.sentences, targets);
  describedElsewhere(doc, resolved, targets, (d) => resolveDraft(d, date, surroundings(d.starts)));
  worksFor(resolved);
  for (const t of targets) {
    runsForOffice(doc.text, resolved[t.i].r, t.mentions);
    officeEnded(doc.text, resolved[t.i].r, t.mentions);
  }
  const context = contextCountry(doc);
  const people = targets.map((t) => {
    const { d, r } = resolved[t.i];
    if (context && !r.country && !d.media && settingPlaces(r.category, context.share)) {
      r.country = context.value;
      r.evidence = { ...r.evidence, country: { value: context.value, evidence: context.evidence } };
      // "the secretary of State" in a US story: the body the role implies there.
      const implied = r.organization ? null : impliedOrganization(r.role, r.country);
      if (implied) {
        r.organization = implied.org.name;
        r.evidence.organization = { value: implied.org.name, evidence: implied.evidence };
      }
    }
    const mentions = dedupe(t.mentions);
    const { kb: _kb, ...fields } = r;
    return { id: "", ...fields, aliases: aliasesOf(r.name, mentions, d.shortTitles), mentions };
  });
  people.sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
  return people.map((p, i) => ({ ...p, id: `p${i + 1}` }));
}

type Resolved = { d: Draft; r: ReturnType<typeof resolveDraft> };

/**
 * "The Republican presidential nominee said …" in a sentence of its own: a description that
 * names one person is a role stated elsewhere in the article for the person it refers to.
 */
function describedElsewhere(
  doc: Doc,
  resolved: Resolved[],
  targets: (MentionTarget & { i: number })[],
  again: (d: Draft) => Resolved["r"],
): void {
  const descriptions = findDescriptions(doc.sentences);
  if (descriptions.length === 0) return;
  const refs: Referent[] = targets.map((t) => {
    const { d, r } = resolved[t.i];
    // A party the knowledge base once gave ("Sen. X (D), 2001–2009") tells who is not the
    // Republican nominee, though it is no fact to print at this date.
    const kbParty = r.kb?.holder.terms.findLast((x) => x.party)?.party ?? null;
    return {
      mentions: t.mentions,
      role: r.role,
      offices: r.kb?.holder.terms.map((x) => x.position) ?? [],
      party: r.party ?? (kbParty ? normalizeParty(kbParty) : null),
      category: r.category,
      candidate: candidacyCue(doc.text, t.mentions) !== null,
      media: !!d.media,
    };
  });
  const touched = new Set<number>();
  for (const desc of descriptions) {
    const k = referentOf(desc, refs);
    if (k < 0) continue;
    resolved[targets[k].i].d.appositives.push(desc.info);
    refs[k].role ??= desc.info.role;
    refs[k].party ??= desc.info.party?.name ?? null;
    touched.add(targets[k].i);
  }
  for (const i of touched) resolved[i].r = again(resolved[i].d);
}

const CAMPAIGN_OVERRIDES = new Set(["public", "unknown", "business"]);

/** A person the text shows running for office, holding none, speaks for a campaign. */
function runsForOffice(text: string, r: Resolved["r"], mentions: Mention[]): void {
  if (r.isOfficial || r.category === "party" || r.category === "media") return;
  const past = r.evidence.category?.evidence.startsWith("former role:");
  if (!past && !CAMPAIGN_OVERRIDES.has(r.category ?? "")) return;
  const cue = candidacyCue(text, mentions);
  if (!cue) return;
  r.category = "party";
  r.evidence = { ...r.evidence, category: { value: "party", evidence: `candidate: ${cue}` } };
}

/** "the resignation of MP X", "the departure of X as commissioner": no office now. */
function officeEnded(text: string, r: Resolved["r"], mentions: Mention[]): void {
  const ended = endedOffice(text, mentions);
  if (!ended) return;
  if (!r.role && ended.role) {
    r.role = formerRole(ended.role);
    r.evidence = { ...r.evidence, role: { value: r.role, evidence: ended.evidence } };
    if (ended.category && (r.category === "public" || r.category === "unknown")) {
      r.category = ended.category as PersonCategory;
      r.evidence.category = { value: r.category, evidence: ended.evidence };
    }
  } else if (r.isOfficial && r.role && !ended.died && !/^former /i.test(r.role)) {
    r.role = formerRole(r.role);
    r.evidence = { ...r.evidence, role: { value: r.role, evidence: ended.evidence } };
  }
  if (r.isOfficial) {
    r.isOfficial = false;
    delete r.evidence.official;
  }
}

function dedupe(mentions: Mention[]): Mention[] {
  const byStart = new Map<number, Mention>();
  for (const m of mentions) if (!byStart.has(m.start)) byStart.set(m.start, m);
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}
