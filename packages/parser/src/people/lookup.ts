import type { Mention, Person, Span } from "../types.ts";
import { slot } from "../util/slot.ts";
import { categoryOfTerm, matchOfficeholder } from "./kb-match.ts";
import { fullNameKey, nameWords, phoneticKey, surnameKey } from "./keys.ts";
import { ABBREVIATIONS, FORMER, HONORIFICS } from "./lexicon.ts";
import { normalizeParty } from "./party.ts";
import { isRoleWord } from "./role.ts";

/** Strips titles, brackets and a possessive from a name as written ("Gen. Mark Milley's" → "Mark Milley"). */
function cleanName(text: string): string {
  const words = text
    .replace(/\([^)]*\)?/g, " ")
    .replace(/,.*$/, "")
    .replace(/[[\]()]/g, " ")
    .replace(/['’]s?\s*$/, "")
    .trim()
    .split(/\s+/);
  let i = 0;
  while (i < words.length - 1) {
    const w = words[i].toLowerCase().replace(/’/g, "'");
    if (
      !(
        HONORIFICS.has(w) ||
        ABBREVIATIONS.has(w) ||
        FORMER.has(w) ||
        isRoleWord(w) ||
        /^\p{Ll}/u.test(words[i])
      )
    )
      break;
    i++;
  }
  return words.slice(i).join(" ");
}

function lastMentionBefore(p: Person, at: number): number {
  let last = -1;
  for (const m of p.mentions) if (m.start <= at && m.start > last) last = m.start;
  return last;
}

/**
 * The person a name refers to: full name (spelling-tolerant, titles ignored), else surname or alias
 * ("Zelensky" finds Volodymyr Zelenskyy), else a given name only one person has. When several people
 * share the surname, the one mentioned last before `at` (a text offset) wins. Null if nobody fits.
 */
export function resolvePersonByName(
  people: Person[],
  text: string,
  at = Number.POSITIVE_INFINITY,
): Person | null {
  const name = cleanName(text);
  const words = nameWords(name);
  if (words.length === 0) return null;
  const pickLatest = (list: Person[]) =>
    list.length === 0
      ? null
      : list.reduce((a, b) => (lastMentionBefore(b, at) > lastMentionBefore(a, at) ? b : a));
  const keys = keysOf(people);
  if (words.length > 1) {
    const key = fullNameKey(name);
    const full = people.filter((_, i) => keys[i].full.has(key));
    if (full.length) return pickLatest(full);
  }
  const sk = surnameKey(name);
  const bySurname = people.filter((_, i) => keys[i].surnames.has(sk));
  if (bySurname.length) return pickLatest(bySurname);
  if (words.length === 1) {
    const key = phoneticKey(words[0]);
    const given = people.filter((_, i) => keys[i].given === key);
    if (given.length === 1) return given[0];
  }
  return null;
}

interface NameKeys {
  /** Full-name keys of the name and aliases of more than one word. */
  full: Set<string>;
  /** Surname keys of the name and aliases. */
  surnames: Set<string>;
  /** Phonetic key of the name's first word. */
  given: string;
}

// The name keys of each person of a list, worked out once per list: each speaker and mention
// looked the whole list up again. Lists are never changed in place (a person added or given a
// mention makes a new list); the length check guards that belief.
const keysOfList = slot<Person[], { length: number; keys: NameKeys[] }>("nameKeys");

function keysOf(people: Person[]): NameKeys[] {
  const known = keysOfList.get(people);
  if (known && known.length === people.length) return known.keys;
  const keys = people.map((p) => {
    const names = [p.name, ...p.aliases];
    return {
      full: new Set(names.filter((n) => nameWords(n).length > 1).map(fullNameKey)),
      surnames: new Set(names.map(surnameKey)),
      given: phoneticKey(nameWords(p.name)[0] ?? ""),
    };
  });
  keysOfList.set(people, { length: people.length, keys });
  return keys;
}

/**
 * Returns the people with the speaker named at `span` in it: the person the name resolves to gets
 * the mention, or a new person is added (looked up in the knowledge base at `date`). Pure: the
 * input array and its people are not changed. Lets the quotes stage add a speaker the people stage missed.
 */
export function ensurePerson(
  people: Person[],
  span: Span,
  options: { date?: string | null } = {},
): { people: Person[]; person: Person } {
  const found = resolvePersonByName(people, span.text, span.start);
  if (found) {
    if (found.mentions.some((m) => m.start === span.start)) return { people, person: found };
    const kind: Mention["kind"] =
      cleanName(span.text) === found.name
        ? "name"
        : nameWords(cleanName(span.text)).length === 1
          ? "surname"
          : "alias";
    const mentions = [
      ...found.mentions,
      { text: span.text, start: span.start, end: span.end, kind },
    ].sort((a, b) => a.start - b.start);
    const person = { ...found, mentions };
    return { people: people.map((p) => (p === found ? person : p)), person };
  }
  const name = cleanName(span.text);
  const kb = matchOfficeholder(name, options.date ?? null);
  const ids = people.map((p) => Number(p.id.slice(1))).filter(Number.isFinite);
  const inOffice = kb?.current && kb.dated ? kb : null;
  const category = inOffice ? categoryOfTerm(inOffice.term) : "unknown";
  const person: Person = {
    id: `p${Math.max(0, ...ids) + 1}`,
    name: nameWords(name).length === 1 && kb ? kb.holder.names[0] : name,
    aliases: [],
    country: kb?.term.country ?? null,
    category,
    isOfficial: inOffice !== null,
    role: inOffice ? inOffice.term.position : null,
    organization: null,
    party: inOffice?.term.party ? normalizeParty(inOffice.term.party) : null,
    wikidataId: kb?.holder.wikidataId ?? null,
    evidence: {
      ...(kb?.term.country ? { country: { value: kb.term.country, evidence: kb.evidence } } : {}),
      ...(inOffice
        ? {
            role: { value: inOffice.term.position, evidence: inOffice.evidence },
            official: { value: "true", evidence: inOffice.evidence },
          }
        : {}),
      category: { value: category, evidence: inOffice?.evidence ?? "no role found" },
    },
    mentions: [{ text: span.text, start: span.start, end: span.end, kind: "name" }],
  };
  return { people: [...people, person], person };
}
