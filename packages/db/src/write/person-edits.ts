/**
 * A person's facts set by hand (role, country, category, official). Ingest and re-parse update
 * people from what articles say, then apply these again, so an edit survives both.
 */
import type { PersonCategory } from "../read/filters.ts";
import type { Queryable } from "../types.ts";

/** What a user may set on a person; a field left out stays as it is. */
export interface PersonFacts {
  role?: string | null;
  country?: string | null;
  category?: PersonCategory | null;
  isOfficial?: boolean | null;
}

const COLUMNS = {
  role: "role",
  country: "country",
  category: "category",
  isOfficial: "is_official",
} as const;

const asText = (v: unknown) => (v == null ? null : String(v));

/** Records and applies edits of a person's facts (run inside a transaction). */
export async function editPersonFacts(
  tx: Queryable,
  personId: string,
  facts: PersonFacts,
  createdBy: string,
): Promise<void> {
  for (const [key, column] of Object.entries(COLUMNS)) {
    const value = facts[key as keyof PersonFacts];
    if (value === undefined) continue;
    // The value before the first edit is kept, so undo goes back to what the articles said.
    await tx.query(
      `INSERT INTO person_edits (person_id, field, value, previous, created_by)
       SELECT $1, $2, $3, ${column}::text, $4 FROM people WHERE id = $1
       ON CONFLICT (person_id, field) DO UPDATE
         SET value = EXCLUDED.value, created_by = EXCLUDED.created_by, created_at = now()`,
      [personId, column, asText(value), createdBy],
    );
  }
  await applyPersonEdits(tx, [personId]);
}

/** Applies the stored edits of these people to their rows. */
export async function applyPersonEdits(tx: Queryable, personIds: string[]): Promise<void> {
  if (!personIds.length) return;
  await tx.query(
    `UPDATE people p SET
       role = CASE WHEN e.role THEN e.role_value ELSE p.role END,
       country = CASE WHEN e.country THEN e.country_value ELSE p.country END,
       category = CASE WHEN e.category THEN e.category_value ELSE p.category END,
       is_official = CASE WHEN e.official THEN e.official_value::boolean ELSE p.is_official END,
       updated_at = now()
     FROM (SELECT person_id,
             bool_or(field = 'role') AS role, max(value) FILTER (WHERE field = 'role') AS role_value,
             bool_or(field = 'country') AS country, max(value) FILTER (WHERE field = 'country') AS country_value,
             bool_or(field = 'category') AS category, max(value) FILTER (WHERE field = 'category') AS category_value,
             bool_or(field = 'is_official') AS official, max(value) FILTER (WHERE field = 'is_official') AS official_value
           FROM person_edits WHERE person_id = ANY($1::uuid[]) GROUP BY person_id) e
     WHERE p.id = e.person_id`,
    [personIds],
  );
}

/** Removes one edit and puts the earlier value back. Returns the person's id, or null. */
export async function undoPersonEdit(tx: Queryable, editId: string): Promise<string | null> {
  const { rows } = await tx.query<{ person_id: string; field: string; previous: string | null }>(
    "DELETE FROM person_edits WHERE id = $1 RETURNING person_id, field, previous",
    [editId],
  );
  const edit = rows[0];
  if (!edit) return null;
  const column = Object.values(COLUMNS).find((c) => c === edit.field);
  if (!column) return null;
  const cast = column === "is_official" ? "::boolean" : "";
  await tx.query(`UPDATE people SET ${column} = $2${cast}, updated_at = now() WHERE id = $1`, [
    edit.person_id,
    edit.previous,
  ]);
  return edit.person_id;
}
