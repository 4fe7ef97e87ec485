import type { Mention } from "../types.ts";
import type { NameCandidate } from "./candidates.ts";
import { fullNameKey, nameWords, PARTICLES, surnameKey } from "./keys.ts";
import type { RoleInfo } from "./role.ts";

/** Where a media person was found: the byline or a photo credit. */
interface MediaRole {
  role: "author" | "photographer" | "host";
  organization: string | null;
  evidence: string;
}

/** Everything gathered about one person before fields are decided. */
export interface Draft {
  name: string;
  key: string;
  surnameKey: string;
  /** Named only by surname with a title ("President Obama"). */
  surnameOnly: boolean;
  titles: RoleInfo[];
  appositives: RoleInfo[];
  shortTitles: string[];
  media: MediaRole | null;
  mentions: Mention[];
  /** Where the name's candidates start in the text (mentions are collected later). */
  starts: number[];
  /** Some candidate had evidence beyond capital letters (a title, an appositive, a given name…). */
  confident: boolean;
  /** Some candidate named the person as someone's relative ("his son Ari Vance", "wife Lena"). */
  kin?: boolean;
  /** Some candidate not named as a relative was confident on its own. */
  confidentAlone?: boolean;
}

/** The surname as written: last word with its particles ("von der Leyen"). */
export function surnameOf(name: string): string {
  const words = nameWords(name);
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has(words[i - 1].toLowerCase())) i--;
  return words.slice(i).join(" ");
}

export function newDraft(name: string, surnameOnly: boolean): Draft {
  return {
    name,
    key: fullNameKey(name),
    surnameKey: surnameKey(name),
    surnameOnly,
    titles: [],
    appositives: [],
    shortTitles: [],
    media: null,
    mentions: [],
    starts: [],
    confident: false,
  };
}

/** Adds what a candidate says to a draft. */
function absorb(draft: Draft, c: NameCandidate): void {
  draft.kin ||= c.kin;
  draft.confidentAlone ||= c.confident && !c.kin;
  draft.confident ||= c.confident;
  draft.starts.push(c.start);
  if (c.mention) draft.mentions.push(c.mention);
  if (c.title) draft.titles.push(c.title);
  if (c.appositive) draft.appositives.push(c.appositive);
  if (c.shortTitle && !draft.surnameOnly) draft.shortTitles.push(`${c.shortTitle} ${c.text}`);
}

const roleKey = (r: RoleInfo) => r.role?.toLowerCase().replace(/^former /, "") ?? "";

/**
 * "Hunter Biden … former Vice President Biden": of relatives sharing a surname, a titled surname
 * is the one described with that title, not the nearest.
 */
function sameRole(same: Draft[], c: NameCandidate): Draft | undefined {
  if (same.length < 2 || !c.title?.role) return undefined;
  const key = roleKey(c.title);
  const fits = same.filter((d) => [...d.titles, ...d.appositives].some((r) => roleKey(r) === key));
  if (fits.length === 1) return fits[0];
  // Else the one relative described with any role: titles go to public figures, not their kin.
  const titled = same.filter((d) => [...d.titles, ...d.appositives].some((r) => r.role));
  return titled.length === 1 ? titled[0] : undefined;
}

/**
 * Groups candidates into drafts: one per full name (spelling-tolerant), surname-only mentions
 * joined to the full name with that surname (the nearest one before, else the first).
 */
export function groupCandidates(candidates: NameCandidate[]): Draft[] {
  const byKey = new Map<string, Draft>();
  const firstAt = new Map<Draft, number>();
  for (const c of candidates) {
    if (c.words.length < 2) continue;
    const key = fullNameKey(c.text);
    let d = byKey.get(key);
    if (!d) {
      d = newDraft(c.text, false);
      byKey.set(key, d);
      firstAt.set(d, c.start);
    }
    absorb(d, c);
  }
  // "Crooked Hillary Clinton", "Miss Universe Alicia Machado": a word stuck before a full name
  // already known is a nickname or a title, not another person.
  for (const [key, d] of byKey) {
    const words = nameWords(d.name);
    if (words.length < 3) continue;
    const target = byKey.get(fullNameKey(words.slice(1).join(" ")));
    if (!target || target === d) continue;
    target.titles.push(...d.titles);
    target.appositives.push(...d.appositives);
    target.confident ||= d.confident;
    byKey.delete(key);
  }
  const drafts = [...byKey.values()];
  // Drafts by surname key and by first word, in order: a filter of all drafts per lone name made
  // articles with many people quadratic.
  const bySurname = groupBy(drafts, (d) => d.surnameKey);
  const byFirstWord = groupBy(drafts, (d) => d.key.split(" ")[0]);
  const lone = new Map<string, Draft>();
  // "wife Lena" read with "Lena Vance": the full name is a relative's too.
  const kinGiven = new Set(
    candidates.filter((c) => c.kin && c.words.length === 1).map((c) => surnameKey(c.text)),
  );
  for (const c of candidates) {
    if (c.words.length !== 1) continue;
    const sk = surnameKey(c.text);
    let same = bySurname.get(sk) ?? [];
    // "Vance, the former governor," is a mention of a Vance named in full, or of no one.
    if (c.leans && same.length === 0) continue;
    // "Princess Ubolratana" after "Ubolratana Mahidol", "Sultan Qaboos" after "Qaboos bin Said":
    // some people are called by the first name; only when one person has it.
    if (same.length === 0) {
      same = byFirstWord.get(sk) ?? [];
      if (same.length > 1) same = [];
    }
    // "Vance … his son Ari Vance … Vance said": the surname alone means the family's public
    // figure, not a relative the text names as one.
    const relative = (d: Draft) =>
      (d.kin || kinGiven.has(d.key.split(" ")[0])) && !d.confidentAlone;
    if (same.length > 1 && same.some((d) => !relative(d))) same = same.filter((d) => !relative(d));
    const before = same.filter((d) => (firstAt.get(d) ?? 0) <= c.start);
    const target = sameRole(same, c) ?? before[before.length - 1] ?? same[0] ?? lone.get(sk);
    if (target) absorb(target, c);
    else {
      const d = newDraft(c.text, true);
      absorb(d, c);
      lone.set(sk, d);
    }
  }
  return [...drafts, ...lone.values()];
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
