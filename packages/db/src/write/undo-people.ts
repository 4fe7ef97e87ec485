/** Undoing a merge (the merged-away name gets a person again) and a split (merged back). */
import type { Queryable } from "../types.ts";
import { mergePeople } from "./edit-people.ts";
import { nameKey } from "./keys.ts";
import { PEOPLE_LOCK_KEY } from "./people.ts";

/**
 * Undoes a merge: the redirect goes and the survivor no longer answers to the merged person's
 * name. Returns the survivor and the articles where it appears under that name: re-parsing them
 * (outside this transaction) gives the name a person of its own again. Null when there is no
 * such merge.
 */
export async function undoMerge(
  tx: Queryable,
  fromId: string,
): Promise<{ intoId: string; articleIds: string[] } | null> {
  await tx.query("SELECT pg_advisory_xact_lock($1)", [PEOPLE_LOCK_KEY]);
  const { rows } = await tx.query<{
    into_person_id: string;
    from_name: string;
    from_name_key: string;
  }>(
    "DELETE FROM person_merges WHERE from_person_id = $1 RETURNING into_person_id, from_name, from_name_key",
    [fromId],
  );
  const merge = rows[0];
  if (!merge) return null;
  const into = merge.into_person_id;
  const { rows: survivor } = await tx.query<{ name_key: string; aliases: string[] }>(
    "SELECT name_key, aliases FROM people WHERE id = $1",
    [into],
  );
  // Only when the names differ: two people of one name were never told apart by name.
  if (!survivor[0] || survivor[0].name_key === merge.from_name_key)
    return { intoId: into, articleIds: [] };
  const aliases = survivor[0].aliases.filter((a) => nameKey(a) !== merge.from_name_key);
  await tx.query(
    `UPDATE people SET aliases = $2::text[], alias_keys = array_remove(alias_keys, $3), updated_at = now()
     WHERE id = $1`,
    [into, aliases, merge.from_name_key],
  );
  const seen = await tx.query<{ article_id: string; name: string }>(
    "SELECT article_id, name FROM article_people WHERE person_id = $1",
    [into],
  );
  const articleIds = seen.rows
    .filter((r) => nameKey(r.name) === merge.from_name_key)
    .map((r) => r.article_id);
  // Pins that sent the name to the survivor in those articles would keep the merge alive.
  await tx.query("DELETE FROM person_assignments WHERE person_id = $1 AND name_key = $2", [
    into,
    merge.from_name_key,
  ]);
  return { intoId: into, articleIds: [...new Set(articleIds)] };
}

/** Merges a split-off person back into the person it came from. Returns that person's id. */
export async function undoSplit(tx: Queryable, splitId: string): Promise<string | null> {
  const { rows } = await tx.query<{
    person_id: string;
    created_person_id: string;
    article_ids: string[];
  }>(
    "DELETE FROM person_splits WHERE id = $1 RETURNING person_id, created_person_id, article_ids",
    [splitId],
  );
  const split = rows[0];
  if (!split) return null;
  const into = await mergePeople(tx, split.created_person_id, split.person_id);
  // Not a merge anyone asked for: no redirect, and the pins of the split go too.
  await tx.query("DELETE FROM person_merges WHERE from_person_id = $1", [split.created_person_id]);
  await tx.query(
    "DELETE FROM person_assignments WHERE person_id = $1 AND article_id = ANY($2::uuid[])",
    [into, split.article_ids],
  );
  return into;
}
