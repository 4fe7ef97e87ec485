import { randomUUID } from "node:crypto";
import type { Person } from "@whosaid/parser";
import type { Queryable } from "../types.ts";
import {
  blankCandidate,
  type Candidate,
  CandidateIndex,
  followMerges,
  loadCandidates,
  specific,
} from "./identity.ts";
import { nameKey } from "./keys.ts";
import { turns } from "./turns.ts";
import { peopleLocked } from "./tx-state.ts";

// Serializes identity resolution between concurrent ingests on one PostgreSQL server, so that
// two transactions never both create the same new person. Person edits take it too.
export const PEOPLE_LOCK_KEY = 7_206_354_202;

/** Takes the identity lock for the rest of the transaction (once per transaction object). */
async function lockPeople(tx: Queryable): Promise<void> {
  if (peopleLocked.has(tx)) return;
  await tx.query("SELECT pg_advisory_xact_lock($1)", [PEOPLE_LOCK_KEY]);
  peopleLocked.add(tx);
}

/**
 * Folds what an article (published at `date`, ms) says about a person into the stored person;
 * returns whether it changed. Role, organization and party come from the latest article that
 * states them; an older or undated article only fills blanks.
 */
function absorb(c: Candidate, p: Person, date: number | null): boolean {
  const before = JSON.stringify(c);
  for (const alias of [p.name, ...(p.aliases ?? [])].map((a) => a.trim()).filter(Boolean)) {
    if (alias !== c.name && !c.aliases.includes(alias)) c.aliases.push(alias);
    const key = nameKey(alias);
    if (key && !c.alias_keys.includes(key)) c.alias_keys.push(key);
  }
  c.country ??= p.country;
  if (!specific(c.category) && specific(p.category)) c.category = p.category;
  c.category ??= p.category;
  c.wikidata_id ??= p.wikidataId;
  c.is_official ||= !!p.isOfficial;
  // Dated facts replace undated or older ones; undated facts only fill an empty record.
  const newer = date !== null && (c.facts_date === null || date >= c.facts_date);
  if (newer || (date === null && c.facts_date === null && !c.role)) {
    c.role = p.role ?? c.role;
    c.organization = p.organization ?? c.organization;
    c.party = p.party ?? c.party;
    if (date !== null && (p.role || p.organization || p.party)) c.facts_date = date;
  } else {
    c.role ??= p.role;
    c.organization ??= p.organization;
    c.party ??= p.party;
  }
  return JSON.stringify(c) !== before;
}

function time(publishedAt: string | null | undefined): number | null {
  const ms = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  return Number.isNaN(ms) ? null : ms;
}

function fresh(p: Person, date: number | null): Candidate {
  const c = blankCandidate(randomUUID(), p.name.trim());
  absorb(c, p, date);
  return c;
}

const FIELDS = [
  "id",
  "name",
  "name_key",
  "aliases",
  "alias_keys",
  "country",
  "category",
  "is_official",
  "role",
  "organization",
  "wikidata_id",
  "party",
  "facts_date",
] as const;
const TYPES = [
  "uuid",
  "text",
  "text",
  "text",
  "text",
  "text",
  "text",
  "boolean",
  "text",
  "text",
  "text",
  "text",
  "float8",
];

// Arrays of arrays cannot go through unnest, so aliases travel as JSON text.
function columns(rows: Candidate[]): unknown[] {
  return FIELDS.map((f) =>
    rows.map((r) => (f === "aliases" || f === "alias_keys" ? JSON.stringify(r[f]) : r[f])),
  );
}

const UNNEST = `unnest(${TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(", ")}) AS u(${FIELDS.join(", ")})`;
const ARRAY = (col: string) => `ARRAY(SELECT jsonb_array_elements_text(u.${col}::jsonb))`;

async function save(tx: Queryable, created: Candidate[], changed: Candidate[]): Promise<void> {
  if (created.length) {
    await tx.query(
      `INSERT INTO people (${FIELDS.join(", ")})
       SELECT u.id, u.name, u.name_key, ${ARRAY("aliases")}, ${ARRAY("alias_keys")}, u.country, u.category,
         u.is_official, u.role, u.organization, u.wikidata_id, u.party,
         to_timestamp(u.facts_date / 1000.0) FROM ${UNNEST}`,
      columns(created),
    );
  }
  if (changed.length) {
    await tx.query(
      `UPDATE people p SET aliases = ${ARRAY("aliases")}, alias_keys = ${ARRAY("alias_keys")},
         country = u.country, category = u.category, is_official = u.is_official, role = u.role,
         organization = u.organization, wikidata_id = u.wikidata_id, party = u.party,
         facts_date = to_timestamp(u.facts_date / 1000.0),
         updated_at = now()
       FROM ${UNNEST} WHERE p.id = u.id`,
      columns(changed),
    );
  }
}

/** What one resolution holds: the candidates, and the people it created or changed so far. */
interface Resolution {
  candidates: CandidateIndex;
  /** Whether some person was loaded twice (directly and through a merge). */
  twice: boolean;
  created: Candidate[];
  isNew: Set<Candidate>;
  changed: Set<Candidate>;
}

/** Resolves every parser person of an article to a global person; returns local id → person id. */
export async function resolvePeople(
  tx: Queryable,
  people: Person[],
  articleId: string,
  options: { newArticle: boolean; publishedAt?: string | null },
): Promise<Map<string, string>> {
  const named = people.filter((p) => p.name?.trim());
  if (named.length === 0) return new Map();
  await lockPeople(tx);
  const assigned = new Map<string, string>();
  if (!options.newArticle) {
    const { rows } = await tx.query<{ name_key: string; person_id: string }>(
      "SELECT name_key, person_id FROM person_assignments WHERE article_id = $1",
      [articleId],
    );
    for (const r of rows) assigned.set(r.name_key, await followMerges(tx, r.person_id));
  }
  const state = await startResolution(tx, named);
  const ids = await resolveInto(state, named, assigned, time(options.publishedAt));
  await finish(tx, state);
  return ids;
}

/**
 * Resolves the people of several new articles, in order, as {@link resolvePeople} would one
 * article after another, with one look-up and at most one insert and one update for all of them:
 * an article's people are matched against what the articles before it created or changed, held
 * in memory instead of written and read again (three statements per article on the batch writer's
 * path, a third of its time on PGlite). New articles have no assignments (splits) yet.
 */
export async function resolveNewArticlesPeople(
  tx: Queryable,
  articles: Person[][],
  publishedAt: (string | null)[] = [],
): Promise<Map<string, string>[]> {
  const named = articles.map((people) => people.filter((p) => p.name?.trim()));
  if (named.every((n) => n.length === 0)) return named.map(() => new Map());
  await lockPeople(tx);
  const state = await startResolution(tx, named.flat());
  if (state.twice) {
    // A person found directly and through a merge is two candidates: what one article folds into
    // one of them the next could overwrite from the other. Rare (merges): resolve one by one.
    const out: Map<string, string>[] = [];
    for (const [k, people] of named.entries())
      out.push(
        await resolvePeople(tx, people, "", { newArticle: true, publishedAt: publishedAt[k] }),
      );
    return out;
  }
  const out: Map<string, string>[] = [];
  for (const [k, people] of named.entries())
    out.push(await resolveInto(state, people, new Map(), time(publishedAt[k])));
  await finish(tx, state);
  return out;
}

async function startResolution(tx: Queryable, named: Person[]): Promise<Resolution> {
  const loaded = await loadCandidates(tx, named);
  const twice = new Set(loaded.map((c) => c.id)).size < loaded.length;
  return {
    candidates: new CandidateIndex(loaded),
    twice,
    created: [],
    isNew: new Set(),
    changed: new Set(),
  };
}

async function resolveInto(
  state: Resolution,
  named: Person[],
  assigned: Map<string, string>,
  date: number | null,
): Promise<Map<string, string>> {
  const { candidates, created, isNew, changed } = state;
  const ids = new Map<string, string>();
  const turn = turns();
  for (const p of named) {
    await turn();
    if (ids.has(p.id)) continue;
    const pinned = assigned.get(nameKey(p.name));
    if (pinned) {
      ids.set(p.id, pinned);
      continue;
    }
    const match = candidates.match(p);
    if (match) {
      if (absorb(match, p, date)) {
        candidates.refresh(match);
        if (!isNew.has(match)) changed.add(match);
      }
      ids.set(p.id, match.id);
    } else {
      const person = fresh(p, date);
      created.push(person);
      isNew.add(person);
      candidates.add(person);
      ids.set(p.id, person.id);
    }
  }
  return ids;
}

async function finish(tx: Queryable, { created, changed }: Resolution): Promise<void> {
  // One row per person even when it was loaded twice (directly and through a merge).
  const byId = new Map([...changed].map((c) => [c.id, c]));
  await save(tx, created, [...byId.values()]);
}
