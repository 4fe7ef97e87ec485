import { describe, expect, it } from "vitest";
import { testDatabases } from "../test/testing.ts";
import { loadMigrations, migrate } from "./migrate.ts";
import { openDatabase } from "./open.ts";

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`migrations on ${backend.name}`, () => {
    it("applies every migration once; running them again changes nothing", async () => {
      const db = await backend.open();
      try {
        const { rows } = await db.query<{ version: number }>(
          "SELECT version FROM schema_migrations ORDER BY version",
        );
        expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
        expect(await migrate(db)).toEqual([]);
        expect(await migrate(db)).toEqual([]);
      } finally {
        await db.close();
      }
    });
  });
}

const [, postgres] = await testDatabases();
describe.skipIf(postgres.skipReason !== null)("migrations on PostgreSQL", () => {
  it("are safe when several processes start at once", async () => {
    const db = await postgres.open({ migrate: false });
    try {
      const url = (await db.query<{ db: string }>("SELECT current_database() AS db")).rows[0].db;
      const base = new URL(
        process.env.WHOSAID_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
      );
      base.pathname = `/${url}`;
      const opened = await Promise.all(
        [1, 2, 3, 4].map(() => openDatabase({ url: base.toString(), poolMax: 2 })),
      );
      await Promise.all(opened.map((o) => o.close()));
      const { rows } = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM schema_migrations",
      );
      expect(rows[0].n).toBe(loadMigrations().length);
    } finally {
      await db.close();
    }
  });
});
