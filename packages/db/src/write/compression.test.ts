import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article } from "../../test/build.ts";
import { testDatabases } from "../../test/testing.ts";
import type { Database } from "../types.ts";
import { ingestParsedArticle } from "./ingest.ts";

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`the parse's compression on ${backend.name}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await backend.open();
    });
    afterAll(() => db?.close());

    it("stores a large parse compressed (lz4 where the server has it) and reads it back whole", async () => {
      // A parse large enough to be compressed (over 2 KB), as a long article's is.
      const parsed = article(
        "A long day",
        Array.from({ length: 60 }, (_, i) => ({ id: `p${i}`, name: `Person Number${i} Example` })),
        Array.from({ length: 60 }, (_, i) => ({ text: `Statement ${i} about the harbour works` })),
      );
      const { id } = await ingestParsedArticle(db, parsed);
      const { rows } = await db.query<{ method: string | null; quotes: number; lz4: boolean }>(
        `SELECT pg_column_compression(parsed) AS method, jsonb_array_length(parsed->'quotes') AS quotes,
           (SELECT setting FROM pg_settings WHERE name = 'default_toast_compression') IS NOT NULL
             AND EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression'
                         AND 'lz4' = ANY(enumvals)) AS lz4
         FROM articles WHERE id = $1`,
        [id],
      );
      expect(rows[0].quotes).toBe(60);
      expect(rows[0].method).toBe(rows[0].lz4 ? "lz4" : "pglz");
    });
  });
}
