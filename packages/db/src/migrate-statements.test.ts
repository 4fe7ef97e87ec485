import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../test/testing.ts";
import { loadMigrations } from "./migrate.ts";
import type { Database } from "./types.ts";

// Migration 040 turns the parser's per-article statement keys ("s2") into the id of each
// statement's head piece, and dates the pieces of a statement as one.
for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`migration 040 on ${backend.name}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await backend.open({ migrate: false });
      for (const m of loadMigrations().filter((m) => m.version < 40)) await db.exec(m.sql);
    });
    afterAll(() => db?.close());

    it("gives the pieces of a statement their head's id and date", async () => {
      const article = "8e0d7f5e-0b0c-4c47-9b1e-6c3f1f5a0001";
      const ids = [1, 2, 3, 4].map((n) => `8e0d7f5e-0b0c-4c47-9b1e-6c3f1f5a000${n + 1}`);
      await db.query(
        `INSERT INTO articles (id, content_hash, format, body, parsed, parser_version, schema_version)
         VALUES ($1, 'h', 'text', 'text', '{}', '0', 1)`,
        [article],
      );
      const rows: [string, string, number, number, string][] = [
        [ids[0], "s1", 10, 40, "2022-11-14"],
        [ids[1], "s1", 12, 20, "2022-11-15"],
        [ids[2], "s1", 50, 60, "2022-11-15"],
        [ids[3], "s2", 70, 90, "2022-11-15"],
      ];
      for (const [id, statement, start, end, date] of rows) {
        await db.query(
          `INSERT INTO quotes (id, article_id, statement_id, local_id, text, start_offset, end_offset, kind, stated_at)
           VALUES ($1, $2, $3, 'q', 'words', $4, $5, 'direct', $6)`,
          [id, article, statement, start, end, date],
        );
      }
      await db.exec(loadMigrations().find((m) => m.version === 40)!.sql);
      const { rows: after } = await db.query<{ id: string; statement: string; date: string }>(
        `SELECT id, statement_id AS statement, to_char(stated_at, 'YYYY-MM-DD') AS date
         FROM quotes ORDER BY start_offset`,
      );
      expect(after).toEqual([
        { id: ids[0], statement: ids[0], date: "2022-11-14" },
        { id: ids[1], statement: ids[0], date: "2022-11-14" },
        { id: ids[2], statement: ids[0], date: "2022-11-14" },
        { id: ids[3], statement: ids[3], date: "2022-11-15" },
      ]);
    });
  });
}
