import { parseArticle } from "@whosaid/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../test/testing.ts";
import { editedCopy, restyledCopy, wireCopy } from "../../test/wire-story.ts";
import type { Database } from "../types.ts";
import {
  articleKeys,
  findStored,
  ingestBatch,
  ingestParsedArticle,
  storedInput,
  storeReparse,
} from "./index.ts";

const parse = (text: string) => parseArticle(text, { format: "text" });
const count = async (db: Database, table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`syndicated copies on ${backend.name}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await backend.open();
    });
    afterAll(() => db?.close());

    it("reports a second outlet's copy of a story as already ingested, storing nothing", async () => {
      const first = await ingestParsedArticle(db, parse(wireCopy), { source: "AP" });
      const quotes = await count(db, "quotes");
      expect(first.created).toBe(true);
      expect(quotes).toBeGreaterThan(0);
      const copy = await ingestParsedArticle(db, parse(restyledCopy), { source: "Daily Port" });
      expect(copy).toMatchObject({ id: first.id, created: false });
      expect(await count(db, "articles")).toBe(1);
      expect(await count(db, "quotes")).toBe(quotes);
    });

    it("finds the copy in a batch and for a preview", async () => {
      const [result] = await ingestBatch(db, [{ parsed: parse(restyledCopy), meta: {} }]);
      expect(result).toMatchObject({ created: false });
      const parsed = parse(restyledCopy);
      expect(await findStored(db, articleKeys(parsed, null))).not.toBeNull();
    });

    it("stores an edited version as a story of its own, and re-parses both", async () => {
      const edited = await ingestParsedArticle(db, parse(editedCopy), {});
      expect(edited.created).toBe(true);
      const stored = await storedInput(db, edited.id);
      expect(stored?.input).toBeTruthy();
      const again = parseArticle(stored?.input ?? "", stored?.options);
      expect(await storeReparse(db, edited.id, again)).toBe(true);
      const { rows } = await db.query<{ n: number }>(
        "SELECT count(DISTINCT story_hash)::int AS n FROM articles",
      );
      expect(rows[0].n).toBe(2);
    });
  });
}
