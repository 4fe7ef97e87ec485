import { parseArticle } from "@whosaid/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../open.ts";
import type { Database } from "../types.ts";
import { ingestBatch } from "./batch.ts";
import type { IngestResult } from "./ingest.ts";
import { storeReparse } from "./reparse.ts";

const TEXT =
  'Ferry timetable changes\n\n"Crossings will run every hour from May," said Ilse Marwood, the harbour director.\n\nShe said the old pier would close.';

/** `db` whose next `failures` transactions fail with `code` before doing anything. */
function failingTransactions(db: Database, failures: number, code: string): Database {
  let left = failures;
  return {
    ...db,
    transaction: (fn) =>
      db.transaction(async (tx) => {
        if (left-- > 0) throw Object.assign(new Error(`failure ${code}`), { code });
        return fn(tx);
      }),
  };
}

describe("storeReparse and conflicting transactions", () => {
  let db: Database;
  let id: string;
  beforeAll(async () => {
    db = await openDatabase({ memory: true });
    const [stored] = await ingestBatch(db, [
      { parsed: parseArticle(TEXT), meta: { url: null, source: null, publishedAt: null } },
    ]);
    id = (stored as IngestResult).id;
  });
  afterAll(async () => db?.close());

  it("runs a re-parse again that PostgreSQL ended as a deadlock or serialization failure", async () => {
    const parsed = parseArticle(TEXT);
    expect(await storeReparse(failingTransactions(db, 2, "40P01"), id, parsed)).toBe(true);
    expect(await storeReparse(failingTransactions(db, 1, "40001"), id, parsed)).toBe(true);
    const { rows } = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM quotes WHERE article_id = $1",
      [id],
    );
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it("gives up after a few conflicts, and never retries other errors", async () => {
    const parsed = parseArticle(TEXT);
    await expect(storeReparse(failingTransactions(db, 10, "40P01"), id, parsed)).rejects.toThrow(
      "failure 40P01",
    );
    const once = failingTransactions(db, 1, "23505");
    await expect(storeReparse(once, id, parsed)).rejects.toThrow("failure 23505");
    expect(await storeReparse(once, id, parsed)).toBe(true);
  });
});
