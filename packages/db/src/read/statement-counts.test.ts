import { readFileSync } from "node:fs";
import { parseArticle } from "@whosaid/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../test/testing.ts";
import type { Database } from "../types.ts";
import { deleteArticle, ingestBatch, mergePeople, storeReparse } from "../write/index.ts";
import { rebuildQuoteCounts } from "./counts.ts";
import { type FacetName, facetCounts, facetCountsByScan } from "./facets.ts";
import type { QuoteFilter } from "./filters.ts";
import { countStatements, countStatementsByScan } from "./statements.ts";

// Real parsed articles (the bundled Wikinews samples): multi-piece statements, topics, unnamed speakers.
const samples = readFileSync(new URL("../../../../samples/wikinews.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .slice(0, 10)
  .map((l) => JSON.parse(l) as { text: string; url?: string; publishedAt?: string });
const parsed = samples.map((s) => parseArticle(s.text, { format: "text" }));

const FACETS: FacetName[] = [
  "country",
  "category",
  "topic",
  "source",
  "month",
  "kind",
  "organization",
  "speaker",
  "speakerType",
];

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`statement counters on ${backend.name}`, () => {
    let db: Database;
    let ids: string[] = [];
    beforeAll(async () => {
      db = await backend.open();
      const stored = await ingestBatch(
        db,
        parsed.map((p, i) => ({
          parsed: p,
          meta: { url: samples[i].url ?? null, publishedAt: samples[i].publishedAt ?? null },
        })),
      );
      ids = stored.map((r) => (r instanceof Error ? "" : r.id));
    });
    afterAll(() => db?.close());

    /** Speaker-only filters (answered from the counters), built from what is stored. */
    const filters = async (): Promise<QuoteFilter[]> => {
      const { rows } = await db.query<{ id: string; country: string | null }>(
        "SELECT p.id, p.country FROM people p WHERE EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = p.id) ORDER BY p.id LIMIT 2",
      );
      const country = rows.find((r) => r.country)?.country ?? "US";
      return [
        {},
        { speakerCountry: [country] },
        { speakerCountry: [country], official: true },
        { official: false },
        { speakerCategory: ["government"] },
        { speakerId: rows.map((r) => r.id) },
        { speakerName: "a" },
      ];
    };

    const expectAgreement = async () => {
      for (const f of await filters()) {
        expect({ f, n: await countStatements(db, f) }).toEqual({
          f,
          n: await countStatementsByScan(db, f),
        });
        for (const facet of FACETS) {
          const scanned = await facetCountsByScan(db, facet, f, 200);
          expect({ f, facet, rows: await facetCounts(db, facet, f, 200) }).toEqual({
            f,
            facet,
            rows: scanned,
          });
        }
      }
    };

    it("agrees with counting the statements, for every facet and speaker filter", async () => {
      expect(await countStatements(db, {})).toBeGreaterThan(20);
      expect((await facetCounts(db, "topic", {}, 5)).length).toBeGreaterThan(0);
      await expectAgreement();
    });

    it("stays exact through deletes, re-parses, re-attributions, merges and topic edits", async () => {
      await deleteArticle(db, ids[0]);
      await storeReparse(
        db,
        ids[1],
        parseArticle(`${samples[1].text}\n\nIt ended.`, { format: "text" }),
      );
      // Whole statements, as corrections re-attribute them (the pieces of one share a speaker).
      await db.query(
        `UPDATE quotes SET speaker_id = NULL, speaker_country = 'FR' WHERE statement_id IN
           (SELECT statement_id FROM quotes WHERE article_id = $1 AND speaker_id IS NOT NULL LIMIT 2)`,
        [ids[2]],
      );
      await db.query("UPDATE quotes SET kind = 'direct' WHERE article_id = $1", [ids[3]]);
      await db.query(
        "DELETE FROM quotes WHERE id IN (SELECT id FROM quotes WHERE article_id = $1 LIMIT 1)",
        [ids[4]],
      );
      await db.query(
        "DELETE FROM quote_topics WHERE quote_id IN (SELECT id FROM quotes WHERE article_id = $1)",
        [ids[5]],
      );
      await db.query("DELETE FROM articles WHERE id = $1", [ids[6]]);
      const { rows } = await db.query<{ id: string }>(
        "SELECT speaker_id AS id FROM quotes WHERE speaker_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2",
      );
      await db.transaction((tx) => mergePeople(tx, rows[1].id, rows[0].id).then(() => {}));
      await expectAgreement();
    });

    it("rebuilds the counters from the quotes", async () => {
      await db.query("UPDATE person_statement_counts SET n = 0");
      await rebuildQuoteCounts(db);
      await expectAgreement();
    });
  });
}
