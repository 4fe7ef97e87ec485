import { ensurePerson, matchOfficeholder, resolvePersonByName } from "../people/index.ts";
import { mentionIndex } from "../quotes/mention-index.ts";
import type { Person, Span } from "../types.ts";
import { hasOrganizationForm } from "./organizations.ts";

/**
 * Finds the person a speaker refers to: a person whose mention overlaps the speaker as written,
 * else the people stage's name lookup (full name, alias or surname, transliteration-tolerant; the
 * one mentioned last before the speaker when several share a surname).
 */
export function findPerson(people: Person[], name: string, span?: Span): Person | null {
  if (span) {
    const overlapping = mentionIndex(people).overlapping(span);
    // The first person in the list, as a scan of the list would find.
    if (overlapping.length) return people[Math.min(...overlapping)];
  }
  return name ? resolvePersonByName(people, name, span?.start) : null;
}

/**
 * A full name the people stage did not list becomes a person when the knowledge base knows it
 * (a capitalized phrase may be a place or a headline). Pure: returns the people with it added.
 */
export function addKnownPerson(
  people: Person[],
  name: Span,
  date: string | null,
): { people: Person[]; person: Person } | null {
  const words = name.text.split(/\s+/);
  const titled = words.length >= 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if (!titled || hasOrganizationForm(name.text)) return null;
  if (!matchOfficeholder(name.text, date)) return null;
  const added = ensurePerson(people, name, { date });
  return added.person ? added : null;
}
