import {
  describeTerm,
  type Officeholder,
  officeholdersBySurname,
  type Term,
  termCovers,
} from "../kb/index.ts";
import { fullNameKey, nameWords, surnameKey } from "./keys.ts";

/** A person found in the knowledge base, with the term that applies at the article's date. */
export interface KbMatch {
  holder: Officeholder;
  /** The term held at the article's date, or the latest one when `current` is false. */
  term: Term;
  current: boolean;
  /** The match was made at the article's date; without one, the knowledge base gives identity only. */
  dated: boolean;
  /** `kb:<Wikidata id>` and the term, e.g. "kb:Q24025631 Minister of Foreign Affairs (UA), 2020-03-04 –". */
  evidence: string;
}

// Heads of state and government first: "President" says more about Putin than "Supreme Commander".
const RANK: RegExp[] = [
  /^(president|prime minister|chancellor|king|queen|emir|premier)$/i,
  /^(president|prime minister) of/i,
  /minister|secretary|advis/i,
  /./,
];
const rank = (t: Term) => RANK.findIndex((re) => re.test(t.position));
/** A head of state or government, a minister or a secretary: an office few people share a name with. */
export const isTopOffice = (t: Term) => rank(t) < RANK.length - 1;

/** "President" fits "President of Russia", "Foreign Minister" fits "Minister of Foreign Affairs", not "Advisor to the President". */
export function roleFits(position: string, role: string | null): boolean {
  if (!role) return false;
  const p = position.toLowerCase();
  const words = role.toLowerCase().split(/\s+/);
  return [words[0], words[words.length - 1]].some((w) => p === w || p.startsWith(`${w} `));
}

function pickTerm(terms: Term[], roleHint: string | null): Term {
  const sorted = [...terms].sort((a, b) => rank(a) - rank(b) || (b.start > a.start ? 1 : -1));
  return sorted.find((t) => roleFits(t.position, roleHint)) ?? sorted[0];
}

function covers(term: Term, date: string | null): boolean {
  return date ? termCovers(term, date) : term.end === "";
}

// Office-holders are decoded once per surname and shared (see officeholdersBySurname), and
// asked about again for every mention: their full-name keys are worked out once each.
const fullKeys = new WeakMap<Officeholder, Set<string>>();

function fullKeysOf(holder: Officeholder): Set<string> {
  let keys = fullKeys.get(holder);
  if (!keys) {
    keys = new Set(holder.names.map(fullNameKey));
    fullKeys.set(holder, keys);
  }
  return keys;
}

/**
 * Looks a name up among office-holders. A full name must match given name and surname (spelling
 * tolerant); a surname alone must match exactly one person in office at the date, with a
 * compatible role when the text gives one. A country the text gives must agree.
 */
export function matchOfficeholder(
  name: string,
  date: string | null,
  hint: { country?: string | null; role?: string | null } = {},
): KbMatch | null {
  const words = nameWords(name);
  if (words.length === 0) return null;
  const key = fullNameKey(name);
  let holders = officeholdersBySurname(surnameKey(name));
  if (words.length > 1) holders = holders.filter((h) => fullKeysOf(h).has(key));
  if (hint.country)
    holders = holders.filter((h) => h.terms.some((t) => t.country === hint.country));
  const fits = (t: Term) => roleFits(t.position, hint.role ?? null);
  const withCurrent = holders.filter((h) => h.terms.some((t) => covers(t, date)));
  let pool = withCurrent;
  if (words.length === 1) {
    if (hint.role) pool = pool.filter((h) => h.terms.some((t) => covers(t, date) && fits(t)));
    // A bare surname in the news is the head of state or government when one of them has it.
    if (pool.length > 1 && !hint.role) {
      const heads = pool.filter((h) => h.terms.some((t) => covers(t, date) && rank(t) === 0));
      if (heads.length === 1) pool = heads;
    }
    if (pool.length !== 1) return null;
  }
  if (pool.length === 1) {
    const holder = pool[0];
    const current = holder.terms.filter((t) => covers(t, date));
    const term = pickTerm(current, hint.role ?? null);
    return {
      holder,
      term,
      current: true,
      dated: date !== null,
      evidence: `kb:${holder.wikidataId} ${describeTerm(term)}`,
    };
  }
  if (pool.length === 0 && holders.length === 1 && words.length > 1) {
    const holder = holders[0];
    const past = date ? holder.terms.filter((t) => !t.start || t.start <= date) : holder.terms;
    // A unique full-name match is the same person even before taking office: the identity and
    // the country hold, the role does not.
    const later = [...holder.terms].sort((a, b) => (a.start > b.start ? 1 : -1));
    const term = past.length ? [...past].sort((a, b) => (b.start > a.start ? 1 : -1))[0] : later[0];
    const when = past.length ? "former" : "later office";
    return {
      holder,
      term,
      current: false,
      dated: date !== null,
      evidence: `kb:${holder.wikidataId} (${when}) ${describeTerm(term)}`,
    };
  }
  return null;
}

const MILITARY =
  /command|general|army|navy|naval|air force|armed forces|chiefs? of (the )?(general |defence |defense )?staff|admiral|military|marshal/i;

const CIVILIAN =
  /minister|secretary|president|\b(attorney|solicitor|director|governor|auditor|inspector|surgeon|postmaster|comptroller)[- ]general\b/i;
const JUDICIAL = /\b(judge|justice|court)\b/i;
const INTERNATIONAL = /\b(united nations|secretary-general|european commission|nato)\b/i;

/** Category of an office: a legislature's seat, military commands and ranks, courts, international bodies, else government. */
export function categoryOfTerm(
  term: Term,
): "legislature" | "military" | "judiciary" | "international" | "government" | "public" {
  if (term.legislature) return "legislature";
  // A head of state's spouse holds no office, whatever the knowledge base files the title under.
  if (/^first (lady|gentleman)\b|\bspouse of\b/i.test(term.position)) return "public";
  // "Attorney General", "Minister of Justice", "Secretary of the Army": civilian offices.
  const civilian = CIVILIAN.test(term.position);
  if (MILITARY.test(term.position) && !civilian) return "military";
  if (JUDICIAL.test(term.position) && !civilian) return "judiciary";
  if (term.country === null && INTERNATIONAL.test(term.position)) return "international";
  return "government";
}
