/**
 * Person merges and splits, recorded so that ingest and re-parse keep honouring them: a merge
 * leaves a `person_merges` redirect, a split pins the moved articles with `person_assignments`.
 */
import type { Queryable } from "../types.ts";
import { followMerges } from "./identity.ts";
import { nameKey } from "./keys.ts";
import { PEOPLE_LOCK_KEY } from "./people.ts";

interface PersonRow {
  id: string;
  name: string;
  aliases: string[];
  wikidata_id: string | null;
}

async function person(tx: Queryable, id: string): Promise<PersonRow> {
  const { rows } = await tx.query<PersonRow>(
    "SELECT id, name, aliases, wikidata_id FROM people WHERE id = $1",
    [id],
  );
  if (!rows[0]) throw new Error(`No person ${id}.`);
  return rows[0];
}

/** Merges person `fromId` into `intoId` (run inside a transaction); returns the surviving id. */
export async function mergePeople(
  tx: Queryable,
  fromId: string,
  intoId: string,
  createdBy: string | null = null,
): Promise<string> {
  await tx.query("SELECT pg_advisory_xact_lock($1)", [PEOPLE_LOCK_KEY]);
  const into = await followMerges(tx, intoId);
  if (into === fromId) return into;
  const from = await person(tx, fromId);
  await person(tx, into);
  // Roles the survivor already has for the same article would collide on the unique index.
  await tx.query(
    `DELETE FROM person_roles f USING person_roles i
     WHERE f.person_id = $1 AND i.person_id = $2 AND lower(f.role) = lower(i.role)
       AND coalesce(lower(f.organization), '') = coalesce(lower(i.organization), '')
       AND f.article_id IS NOT DISTINCT FROM i.article_id`,
    [fromId, into],
  );
  for (const [table, column] of [
    ["article_people", "person_id"],
    ["mentions", "person_id"],
    ["quotes", "speaker_id"],
    ["quote_corrections", "speaker_id"],
    ["person_assignments", "person_id"],
    ["person_roles", "person_id"],
    ["person_merges", "into_person_id"],
  ] as const) {
    await tx.query(`UPDATE ${table} SET ${column} = $2 WHERE ${column} = $1`, [fromId, into]);
  }
  await tx.query("DELETE FROM people WHERE id = $1", [fromId]);
  const names = [from.name, ...from.aliases];
  await tx.query(
    `UPDATE people SET
       aliases = ARRAY(SELECT DISTINCT a FROM unnest(aliases || $2::text[]) a WHERE a <> people.name),
       alias_keys = ARRAY(SELECT DISTINCT k FROM unnest(alias_keys || $3::text[]) k),
       wikidata_id = coalesce(wikidata_id, $4), updated_at = now()
     WHERE id = $1`,
    [into, names, names.map(nameKey), from.wikidata_id],
  );
  await tx.query(
    `INSERT INTO person_merges (from_person_id, into_person_id, from_name, from_name_key, from_wikidata_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [fromId, into, from.name, nameKey(from.name), from.wikidata_id, createdBy],
  );
  return into;
}

/**
 * Splits the appearances of a person in the given articles off to a new person (run inside a
 * transaction); returns the new person's id. The new person starts as a copy without the Wikidata
 * id; the moved articles are pinned to it so that re-parsing keeps the split.
 */
export async function splitPerson(
  tx: Queryable,
  personId: string,
  articleIds: string[],
  name?: string,
  createdBy: string | null = null,
): Promise<string> {
  await tx.query("SELECT pg_advisory_xact_lock($1)", [PEOPLE_LOCK_KEY]);
  const source = await person(tx, personId);
  const newName = name?.trim() || source.name;
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO people (name, name_key, aliases, alias_keys, country, category, is_official, role, organization)
     SELECT $2, $3, aliases, alias_keys, country, category, is_official, role, organization
     FROM people WHERE id = $1 RETURNING id`,
    [personId, newName, nameKey(newName)],
  );
  const newId = rows[0].id;
  await moveAppearances(tx, personId, newId, articleIds);
  await tx.query(
    `INSERT INTO person_splits (person_id, created_person_id, article_ids, created_by)
     VALUES ($1, $2, $3::uuid[], $4)`,
    [personId, newId, articleIds, createdBy],
  );
  return newId;
}

/**
 * Moves a person's appearances in some articles to another person, and pins those articles to it
 * so that re-parsing keeps them there.
 */
async function moveAppearances(
  tx: Queryable,
  fromId: string,
  toId: string,
  articleIds: string[],
): Promise<void> {
  const seen = await tx.query<{ article_id: string; name: string }>(
    "SELECT article_id, name FROM article_people WHERE person_id = $1 AND article_id = ANY($2::uuid[])",
    [fromId, articleIds],
  );
  for (const r of seen.rows) {
    await tx.query(
      `INSERT INTO person_assignments (article_id, name_key, person_id) VALUES ($1, $2, $3)
       ON CONFLICT (article_id, name_key) DO UPDATE SET person_id = EXCLUDED.person_id`,
      [r.article_id, nameKey(r.name), toId],
    );
  }
  for (const [table, column] of [
    ["article_people", "person_id"],
    ["mentions", "person_id"],
    ["quotes", "speaker_id"],
    ["person_roles", "person_id"],
  ] as const) {
    await tx.query(
      `UPDATE ${table} SET ${column} = $2 WHERE ${column} = $1 AND article_id = ANY($3::uuid[])`,
      [fromId, toId, articleIds],
    );
  }
}
