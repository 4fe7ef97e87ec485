import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article } from "../../test/build.ts";
import { testDatabases } from "../../test/testing.ts";
import type { Database } from "../types.ts";
import { ingestParsedArticle } from "./index.ts";

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`person identity on ${backend.name}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await backend.open();
    });
    afterAll(() => db?.close());

    const peopleNamed = async (pattern: string) =>
      (
        await db.query<{ id: string; name: string; aliases: string[]; country: string | null }>(
          "SELECT id, name, aliases, country FROM people WHERE name ILIKE $1 ORDER BY name, id",
          [pattern],
        )
      ).rows;

    it("merges by Wikidata id even when the names differ", async () => {
      await ingestParsedArticle(
        db,
        article("W1", [{ id: "a", name: "Volodymyr Zelenskyy", wikidataId: "Q3874799" }]),
      );
      await ingestParsedArticle(
        db,
        article("W2", [{ id: "b", name: "Volodymyr Zelensky", wikidataId: "Q3874799" }]),
      );
      const rows = await peopleNamed("Volodymyr Zelensk%");
      expect(rows).toHaveLength(1);
      expect(rows[0].aliases).toContain("Volodymyr Zelensky");
    });

    it("merges by full name or alias when country and category agree, and fills gaps", async () => {
      await ingestParsedArticle(
        db,
        article("N1", [{ id: "a", name: "Dmytro Kuleba", aliases: ["Kuleba"] }]),
      );
      await ingestParsedArticle(
        db,
        article("N2", [
          { id: "a", name: "Dmytro Ivanovych Kuleba", aliases: ["Dmytro Kuleba"], country: "UA" },
        ]),
      );
      const rows = await peopleNamed("Dmytro%Kuleba");
      expect(rows).toHaveLength(1);
      expect(rows[0].country).toBe("UA");
    });

    it("keeps people apart when their countries or categories contradict", async () => {
      await ingestParsedArticle(
        db,
        article("C1", [{ id: "a", name: "John Smith", country: "US", category: "expert" }]),
      );
      await ingestParsedArticle(
        db,
        article("C2", [{ id: "a", name: "John Smith", country: "GB", category: "expert" }]),
      );
      await ingestParsedArticle(
        db,
        article("C3", [{ id: "a", name: "John Smith", country: "US", category: "military" }]),
      );
      expect(await peopleNamed("John Smith")).toHaveLength(3);
    });

    it("treats the fallback category 'unknown' as saying nothing", async () => {
      await ingestParsedArticle(
        db,
        article("O1", [{ id: "a", name: "Jo Other", country: "US", category: "unknown" }]),
      );
      await ingestParsedArticle(
        db,
        article("O2", [{ id: "a", name: "Jo Other", category: "expert" }]),
      );
      const rows = await db.query<{ category: string }>(
        "SELECT category FROM people WHERE name = 'Jo Other'",
      );
      expect(rows.rows).toEqual([{ category: "expert" }]);
    });

    it("never merges two people who merely share a surname", async () => {
      await ingestParsedArticle(
        db,
        article("S1", [{ id: "a", name: "Anna Novak", aliases: ["Novak"], country: "CZ" }]),
      );
      await ingestParsedArticle(
        db,
        article("S2", [{ id: "a", name: "Petr Novak", aliases: ["Novak"], country: "CZ" }]),
      );
      await ingestParsedArticle(db, article("S3", [{ id: "a", name: "Novak" }]));
      expect(await peopleNamed("%Novak")).toHaveLength(3);
    });

    it("never merges people with different Wikidata ids", async () => {
      await ingestParsedArticle(
        db,
        article("D1", [{ id: "a", name: "Maria Silva", wikidataId: "Q1" }]),
      );
      await ingestParsedArticle(
        db,
        article("D2", [{ id: "a", name: "Maria Silva", wikidataId: "Q2" }]),
      );
      expect(await peopleNamed("Maria Silva")).toHaveLength(2);
    });

    it("accumulates roles with the article that showed each", async () => {
      const one = await ingestParsedArticle(
        db,
        article("R1", [
          {
            id: "a",
            name: "Olena Role",
            country: "UA",
            role: "Deputy Minister",
            organization: "MFA",
          },
        ]),
      );
      const two = await ingestParsedArticle(
        db,
        article("R2", [
          { id: "a", name: "Olena Role", country: "UA", role: "Minister", organization: "MFA" },
        ]),
      );
      const { rows } = await db.query<{ role: string; article_id: string; valid_from: string }>(
        `SELECT r.role, r.article_id, r.valid_from FROM person_roles r JOIN people p ON p.id = r.person_id
         WHERE p.name = 'Olena Role' ORDER BY r.role`,
      );
      expect(rows).toEqual([
        { role: "Deputy Minister", article_id: one.id, valid_from: "2024-05-01" },
        { role: "Minister", article_id: two.id, valid_from: "2024-05-01" },
      ]);
      expect((await peopleNamed("Olena Role"))[0]).toBeDefined();
    });

    it("does not duplicate anyone when the same article is ingested again", async () => {
      const parsed = article("Again", [
        { id: "a", name: "Rita Again" },
        { id: "b", name: "Sam Again" },
      ]);
      await ingestParsedArticle(db, parsed);
      await ingestParsedArticle(db, structuredClone(parsed));
      expect(await peopleNamed("% Again")).toHaveLength(2);
    });
  });
}
