import type { Doc } from "../doc.ts";
import { findOrganization } from "../kb/index.ts";
import type { Mention, PersonCategory } from "../types.ts";
import { findDescriptions, type Referent, referentOf } from "./described.ts";
import type { Draft } from "./draft.ts";
import { endedOffice } from "./ended.ts";
import type { MentionTarget } from "./mentions.ts";
import { normalizeParty } from "./party.ts";
import { formerRole, type resolveDraft } from "./resolve.ts";

// Facts that need every mention of every person: read after mentions are collected.

export type Resolved = { d: Draft; r: ReturnType<typeof resolveDraft> };

/**
 * "The Republican presidential nominee said …" in a sentence of its own: a description that
 * names one person is a role stated elsewhere in the article for the person it refers to.
 */
export function describedElsewhere(
  doc: Doc,
  resolved: Resolved[],
  targets: (MentionTarget & { i: number })[],
  /** Each target's candidacy cue (see candidacyCue), in the order of targets. */
  cues: (string | null)[],
  again: (d: Draft) => Resolved["r"],
): void {
  const descriptions = findDescriptions(doc.sentences);
  if (descriptions.length === 0) return;
  const refs: Referent[] = targets.map((t, k) => {
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
      candidate: cues[k] !== null,
      media: !!d.media,
      kin: !!d.kin && !d.confidentAlone,
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

// Occupations a candidacy outranks: an activist or a scholar running for office speaks as a
// candidate.
const CAMPAIGN_OVERRIDES = new Set(["public", "unknown", "business", "civil_society", "expert"]);

/**
 * A person the text shows running for office (`cue`: the words that show it, see candidacyCue),
 * holding none, speaks for a campaign.
 */
export function runsForOffice(
  r: Resolved["r"],
  cue: string | null,
  /** The cue is a phrase about this person's own race (not a sentence that names the race). */
  own = true,
): void {
  if (!cue || r.isOfficial || r.category === "media") return;
  if (r.category !== "party") {
    const past = r.evidence.category?.evidence.startsWith("former role:");
    if (!past && !CAMPAIGN_OVERRIDES.has(r.category ?? "")) return;
    r.category = "party";
    r.evidence = { ...r.evidence, category: { value: "party", evidence: `candidate: ${cue}` } };
  }
  partyOfRace(r, own ? cue : "");
}

// "won the Republican nomination", "the Democratic primary": a party's own contest.
const PARTY_RACE =
  /\b(\p{Lu}[\p{L}-]+)(?: presidential| vice-presidential| leadership| mayoral| gubernatorial| senate)? (?:nomination|primary|primaries|caucus|caucuses)\b/u;

/**
 * A candidate in a party's own race ("X clinched the Republican nomination") runs for that party:
 * its organization, and its party when the text ties none. A candidate the text or the knowledge
 * base gives a party, with no employer, runs on that party's ticket.
 */
function partyOfRace(r: Resolved["r"], cue: string): void {
  if (r.organization) return;
  const word = PARTY_RACE.exec(cue)?.[1];
  const raced = word ? findOrganization(word) : null;
  const party = raced?.kind === "party" ? raced.name : r.party;
  if (!party) return;
  r.organization = party;
  r.evidence = {
    ...r.evidence,
    organization: { value: party, evidence: raced ? cue : (r.evidence.party?.evidence ?? party) },
  };
  if (raced && !r.party) {
    r.party = raced.name;
    r.evidence.party = { value: raced.name, evidence: cue };
  }
}

/** "the resignation of MP X", "the departure of X as commissioner": no office now. */
export function officeEnded(text: string, r: Resolved["r"], mentions: Mention[]): void {
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
