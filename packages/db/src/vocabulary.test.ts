/**
 * The schema's CHECK constraints are SQL (migrations cannot import the vocabulary): this keeps
 * them and `@whosaid/parser/vocabulary` the same lists, so a category added on one side only fails.
 */
import { PERSON_CATEGORIES, QUOTE_KINDS, SPEAKER_TYPES } from "@whosaid/parser/vocabulary";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./open.ts";
import type { Database } from "./types.ts";

let db: Database;
beforeAll(async () => {
  db = await openDatabase({ memory: true });
});
afterAll(() => db.close());

/** The values a column's CHECK (col IN (…)) constraint allows. */
async function allowed(table: string, column: string): Promise<string[]> {
  const { rows } = await db.query<{ def: string }>(
    `SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
     WHERE c.conrelid = $1::regclass AND c.contype = 'c'`,
    [table],
  );
  const def = rows.map((r) => r.def).find((d) => new RegExp(`\\(${column}\\b`).test(d));
  return [...(def ?? "").matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

describe("the schema's constraints follow the vocabulary", () => {
  it.each([
    ["people", "category", PERSON_CATEGORIES],
    ["quotes", "kind", QUOTE_KINDS],
    ["quote_corrections", "kind", QUOTE_KINDS],
    ["quotes", "speaker_type", SPEAKER_TYPES],
  ])("%s.%s", async (table, column, values) => {
    expect((await allowed(table, column)).sort()).toEqual([...values].sort());
  });
});
