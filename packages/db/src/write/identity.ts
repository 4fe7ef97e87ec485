/**
 * Person identity across articles. A parser person becomes a global person by, in order: a user's
 * assignment for this article (splits), the Wikidata id, then the name or an alias when country,
 * category and Wikidata id do not contradict. Only full names (two words or more) match by
 * alias, so two people who merely share a surname are never merged.
 */
import type { Person } from "@whosaid/parser";
import type { Queryable } from "../types.ts";
import { nameKey } from "./keys.ts";

interface Candidate {
  id: string;
  name_key: string;
  country: string | null;
  category: string | null;
  wikidata_id: string | null;
}

/** The surviving person of a chain of merges. */
export async function followMerges(tx: Queryable, personId: string): Promise<string> {
  let id = personId;
  for (let hops = 0; hops < 20; hops++) {
    const { rows } = await tx.query<{ into_person_id: string }>(
      "SELECT into_person_id FROM person_merges WHERE from_person_id = $1",
      [id],
    );
    if (!rows[0]) return id;
    id = rows[0].into_person_id;
  }
  return id;
}

function compatible(c: Candidate, p: Person): boolean {
  if (c.wikidata_id && p.wikidataId && c.wikidata_id !== p.wikidataId) return false;
  if (c.country && p.country && c.country !== p.country) return false;
  if (c.category && p.category && c.category !== p.category) return false;
  return true;
}

function score(c: Candidate, p: Person, key: string): number {
  return (
    (c.name_key === key ? 4 : 0) +
    (c.country && c.country === p.country ? 2 : 0) +
    (c.category && c.category === p.category ? 1 : 0) +
    (c.wikidata_id ? 1 : 0)
  );
}

/** Keys of a person's name and aliases that are specific enough to match on (two words or more). */
export function matchKeys(p: Pick<Person, "name" | "aliases">): string[] {
  const keys = [p.name, ...(p.aliases ?? [])].map(nameKey).filter((k) => k.includes(" "));
  return [...new Set(keys)];
}

/** Finds the existing global person for a parser person, or null when there is none. */
export async function findPerson(
  tx: Queryable,
  p: Person,
  articleId: string,
): Promise<string | null> {
  const key = nameKey(p.name);
  const assigned = await tx.query<{ person_id: string }>(
    "SELECT person_id FROM person_assignments WHERE article_id = $1 AND name_key = $2",
    [articleId, key],
  );
  if (assigned.rows[0]) return followMerges(tx, assigned.rows[0].person_id);
  if (p.wikidataId) {
    const { rows } = await tx.query<{ id: string }>(
      `SELECT id FROM people WHERE wikidata_id = $1
       UNION ALL SELECT into_person_id FROM person_merges WHERE from_wikidata_id = $1 LIMIT 1`,
      [p.wikidataId],
    );
    if (rows[0]) return followMerges(tx, rows[0].id);
  }
  const keys = matchKeys(p);
  const single = !key.includes(" ");
  if (single && !p.country) return null; // a lone surname or first name with nothing else to go on
  const { rows } = await tx.query<Candidate>(
    single
      ? `SELECT id, name_key, country, category, wikidata_id FROM people WHERE name_key = $1 AND country = $2`
      : `SELECT id, name_key, country, category, wikidata_id FROM people
         WHERE name_key = ANY($1::text[]) OR alias_keys && $1::text[]
         UNION
         SELECT p.id, p.name_key, p.country, p.category, p.wikidata_id
         FROM person_merges m JOIN people p ON p.id = m.into_person_id WHERE m.from_name_key = ANY($1::text[])`,
    single ? [key, p.country] : [keys],
  );
  const best = rows
    .filter((c) => compatible(c, p))
    .sort((a, b) => score(b, p, key) - score(a, p, key) || a.id.localeCompare(b.id))[0];
  return best ? best.id : null;
}
