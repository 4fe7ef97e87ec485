import type { Person } from "@whosaid/parser";
import type { Queryable } from "../types.ts";
import { findPerson } from "./identity.ts";
import { nameKey } from "./keys.ts";

// Serializes identity resolution between concurrent ingests on one PostgreSQL server, so that
// two transactions never both create the same new person.
const PEOPLE_LOCK_KEY = 7_206_354_202;

function aliasesOf(p: Person): string[] {
  return [...new Set([p.name, ...(p.aliases ?? [])].map((a) => a.trim()).filter(Boolean))];
}

async function createPerson(tx: Queryable, p: Person): Promise<string> {
  const aliases = aliasesOf(p).filter((a) => a !== p.name);
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO people (name, name_key, aliases, alias_keys, country, category, is_official, role,
       organization, wikidata_id)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id`,
    [
      p.name,
      nameKey(p.name),
      aliases,
      aliasesOf(p).map(nameKey),
      p.country,
      p.category,
      !!p.isOfficial,
      p.role,
      p.organization,
      p.wikidataId,
    ],
  );
  return rows[0].id;
}

async function updatePerson(tx: Queryable, id: string, p: Person): Promise<void> {
  const names = aliasesOf(p);
  await tx.query(
    `UPDATE people SET
       aliases = ARRAY(SELECT DISTINCT a FROM unnest(aliases || $2::text[]) a WHERE a <> people.name),
       alias_keys = ARRAY(SELECT DISTINCT k FROM unnest(alias_keys || $3::text[]) k),
       country = coalesce(country, $4), category = coalesce(category, $5),
       is_official = is_official OR $6, role = coalesce($7, role),
       organization = coalesce($8, organization), wikidata_id = coalesce(wikidata_id, $9),
       updated_at = now()
     WHERE id = $1`,
    [
      id,
      names,
      names.map(nameKey),
      p.country,
      p.category,
      !!p.isOfficial,
      p.role,
      p.organization,
      p.wikidataId,
    ],
  );
}

/** Resolves every parser person of an article to a global person; returns local id → person id. */
export async function resolvePeople(
  tx: Queryable,
  people: Person[],
  articleId: string,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (people.length === 0) return ids;
  await tx.query("SELECT pg_advisory_xact_lock($1)", [PEOPLE_LOCK_KEY]);
  for (const p of people) {
    if (!p.name?.trim() || ids.has(p.id)) continue;
    const found = await findPerson(tx, p, articleId);
    if (found) await updatePerson(tx, found, p);
    ids.set(p.id, found ?? (await createPerson(tx, p)));
  }
  return ids;
}
