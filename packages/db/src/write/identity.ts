/**
 * Person identity across articles. A parser person becomes a global person by, in order: a user's
 * assignment for this article (splits), the Wikidata id (or a merged-away person's), then the name
 * or an alias when country, category and Wikidata id do not contradict. Only full names (two words
 * or more) match by alias, so two people who merely share a surname are never merged; a lone name
 * matches only the same lone name in the same country.
 */
import type { Person } from "@whosaid/parser";
import type { Queryable } from "../types.ts";
import { nameKey } from "./keys.ts";
import { type Turn, turns } from "./turns.ts";

/** A stored person as identity resolution sees it (kept up to date in memory during an article). */
export interface Candidate {
  id: string;
  name: string;
  name_key: string;
  aliases: string[];
  alias_keys: string[];
  country: string | null;
  category: string | null;
  wikidata_id: string | null;
  is_official: boolean;
  role: string | null;
  organization: string | null;
  party: string | null;
  /** Publication time (ms) of the article whose role, organization and party these are. */
  facts_date: number | null;
  /** Set when the row was found through a merge: the merged-away person's Wikidata id and name. */
  via_wikidata: string | null;
  via_name_key: string | null;
}

/** A person with a name and no facts yet (a new row, or a test's). */
export function blankCandidate(id: string, name: string): Candidate {
  return {
    id,
    name,
    name_key: nameKey(name),
    aliases: [],
    alias_keys: [],
    country: null,
    category: null,
    wikidata_id: null,
    is_official: false,
    role: null,
    organization: null,
    party: null,
    facts_date: null,
    via_wikidata: null,
    via_name_key: null,
  };
}

const COLUMNS =
  "p.id, p.name, p.name_key, p.aliases, p.alias_keys, p.country, p.category, p.wikidata_id, p.is_official, p.role, p.organization, p.party, " +
  "(extract(epoch FROM p.facts_date) * 1000)::float8 AS facts_date";

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

/** Keys of a person's name and aliases that are specific enough to match on (two words or more). */
function matchKeys(p: Pick<Person, "name" | "aliases">): string[] {
  const keys = [p.name, ...(p.aliases ?? [])].map(nameKey).filter((k) => k.includes(" "));
  return [...new Set(keys)];
}

/** Loads, in one query, every stored person any of `people` could be. */
export async function loadCandidates(
  tx: Queryable,
  people: Person[],
  turn: Turn = turns(),
): Promise<Candidate[]> {
  const wikidata = people.map((p) => p.wikidataId).filter((w): w is string => !!w);
  // Name keys a person at a time with turns between: thousands of people (a 1 MB page) took
  // some 40 ms of the caller's thread in one go.
  const names = new Set<string>();
  const keys = new Set<string>();
  for (const p of people) {
    await turn();
    const key = nameKey(p.name);
    if (key) names.add(key);
    for (const k of matchKeys(p)) keys.add(k);
  }
  const { rows } = await tx.query<Candidate>(
    `SELECT ${COLUMNS}, NULL::text AS via_wikidata, NULL::text AS via_name_key FROM people p
     WHERE p.wikidata_id = ANY($1::text[]) OR p.name_key = ANY($2::text[]) OR p.alias_keys && $3::text[]
     UNION ALL
     SELECT ${COLUMNS}, m.from_wikidata_id, m.from_name_key
     FROM person_merges m JOIN people p ON p.id = m.into_person_id
     WHERE m.from_wikidata_id = ANY($1::text[]) OR m.from_name_key = ANY($3::text[])`,
    [wikidata, [...names], [...keys]],
  );
  return rows;
}

/** "unknown" (formerly "other") is the parser's fallback category: it contradicts nothing. */
export function specific(category: string | null | undefined): boolean {
  return !!category && category !== "unknown" && category !== "other";
}

function compatible(c: Candidate, p: Person): boolean {
  if (c.wikidata_id && p.wikidataId && c.wikidata_id !== p.wikidataId) return false;
  if (c.country && p.country && c.country !== p.country) return false;
  if (specific(c.category) && specific(p.category) && c.category !== p.category) return false;
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

/**
 * The candidates of one article's resolution, indexed by Wikidata id and by every name key, so
 * that each lookup reads only the candidates that share a key with the person: a scan of every
 * candidate per person held the API's thread 1.5 s of CPU for an article naming 12,000 people.
 * Candidates change as articles' facts are folded in (`absorb`): `refresh` indexes their new keys.
 */
export class CandidateIndex {
  private readonly order = new Map<Candidate, number>();
  private readonly byWikidata = new Map<string, Set<Candidate>>();
  private readonly byKey = new Map<string, Set<Candidate>>();

  constructor(candidates: Candidate[] = []) {
    for (const c of candidates) this.add(c);
  }

  /** Adds a candidate after those already in (earlier ones win ties, as in a list). */
  add(c: Candidate): void {
    if (!this.order.has(c)) this.order.set(c, this.order.size);
    this.refresh(c);
  }

  /** Indexes the keys a candidate has gained since it was added. */
  refresh(c: Candidate): void {
    for (const w of [c.wikidata_id, c.via_wikidata]) if (w) into(this.byWikidata, w, c);
    for (const k of [c.name_key, ...c.alias_keys, c.via_name_key]) if (k) into(this.byKey, k, c);
  }

  private inOrder(found: Iterable<Candidate>): Candidate[] {
    return [...new Set(found)].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
  }

  /** Picks the stored person a parser person is, among the candidates, or null. */
  match(p: Person): Candidate | null {
    if (p.wikidataId) {
      const same = this.inOrder(this.byWikidata.get(p.wikidataId) ?? []).find(
        (c) => c.wikidata_id === p.wikidataId || c.via_wikidata === p.wikidataId,
      );
      if (same) return same;
    }
    const key = nameKey(p.name);
    let pool: Candidate[];
    if (!key.includes(" ")) {
      if (!p.country) return null; // a lone surname or first name with nothing else to go on
      pool = this.inOrder(this.byKey.get(key) ?? []).filter(
        (c) => c.name_key === key && c.country === p.country,
      );
    } else {
      const keys = new Set(matchKeys(p));
      pool = this.inOrder([...keys].flatMap((k) => [...(this.byKey.get(k) ?? [])])).filter(
        (c) =>
          keys.has(c.name_key) ||
          c.alias_keys.some((k) => keys.has(k)) ||
          (c.via_name_key !== null && keys.has(c.via_name_key)),
      );
    }
    const best = pool
      .filter((c) => compatible(c, p))
      .sort((a, b) => score(b, p, key) - score(a, p, key) || a.id.localeCompare(b.id))[0];
    return best ?? null;
  }
}

function into<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
