import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article } from "../../test/build.ts";
import { testDatabases } from "../../test/testing.ts";
import type { Database } from "../types.ts";
import { ingestParsedArticle } from "./ingest.ts";

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const millis = (id: string) => Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16);

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`time-ordered ids on ${backend.name}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await backend.open();
    });
    afterAll(() => db?.close());

    it("makes version-7 uuids that carry the clock's milliseconds", async () => {
      const before = Date.now();
      const { rows } = await db.query<{ id: string }>(
        "SELECT time_ordered_uuid()::text AS id FROM generate_series(1, 50)",
      );
      const after = Date.now();
      expect(new Set(rows.map((r) => r.id)).size).toBe(50);
      for (const { id } of rows) {
        expect(id).toMatch(V7);
        // The server's clock is this machine's: within a second of the client's.
        expect(millis(id)).toBeGreaterThanOrEqual(before - 1000);
        expect(millis(id)).toBeLessThanOrEqual(after + 1000);
      }
    });

    it("gives new articles time-ordered ids, and their quotes and statements the same order", async () => {
      const first = await ingestParsedArticle(
        db,
        article("The harbour", [{ id: "p1", name: "Ines Varga" }], [{ text: "We open in May" }]),
      );
      await new Promise((r) => setTimeout(r, 5));
      const second = await ingestParsedArticle(
        db,
        article("The bridge", [{ id: "p1", name: "Ines Varga" }], [{ text: "It will hold" }]),
      );
      expect(first.id).toMatch(V7);
      expect(second.id > first.id).toBe(true);
      const { rows } = await db.query<{ id: string; statement_id: string; article_id: string }>(
        "SELECT id::text, statement_id::text, article_id::text FROM quotes ORDER BY id",
      );
      expect(rows.map((r) => r.article_id)).toEqual([first.id, second.id]);
      for (const q of rows) {
        expect(q.id.slice(0, 13)).toBe(q.article_id.slice(0, 13));
        expect(q.statement_id.slice(0, 13)).toBe(q.article_id.slice(0, 13));
      }
    });
  });
}
