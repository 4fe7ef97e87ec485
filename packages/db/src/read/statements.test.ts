import { parseArticle } from "@whosaid/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../test/testing.ts";
import type { Database } from "../types.ts";
import { applyQuoteCorrections, ingestParsedArticle, storeReparse } from "../write/index.ts";
import { countQuotes } from "./counts.ts";
import { facetCounts } from "./facets.ts";
import { listStatements } from "./keyset.ts";
import { countStatements, statementsByArticleIds, statementsByIds } from "./statements.ts";

const TEXT = [
  "Harbour council splits over transit plan",
  "“We will reopen the clinic in spring,” Dr. Amara Quist said on Friday, “even if the nurses are late.”",
  "Mayor Lena Hartwig announced a transit plan at a breakfast with business leaders on Monday, insisting that “the buses cannot wait” for federal money.",
  "Councillor Ben Okafor said the levy would be repealed next year.",
].join("\n\n");

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`statements on ${backend.name}`, () => {
    let db: Database;
    let articleId: string;
    const parsed = parseArticle(TEXT, { format: "text", publishedAt: "2026-03-02" });
    const parserStatements = new Set(parsed.quotes.map((q) => q.statementId)).size;

    beforeAll(async () => {
      db = await backend.open();
      articleId = (await ingestParsedArticle(db, parsed)).id;
    });
    afterAll(() => db?.close());

    it("counts and pages statements, not their pieces", async () => {
      expect(parserStatements).toBe(3);
      expect(await countQuotes(db, {})).toBe(parsed.quotes.length);
      expect(parsed.quotes.length).toBeGreaterThan(3);
      expect(await countStatements(db, {})).toBe(3);
      const first = await listStatements(db, {}, { limit: 2 });
      const rest = await listStatements(db, {}, { limit: 2, after: first[1].sortKey });
      const ids = [...first, ...rest].map((s) => s.id);
      expect(ids).toHaveLength(3);
      expect(new Set(ids).size).toBe(3);
      expect(await countStatements(db, { speakerName: "Hartwig" })).toBe(1);
      const kinds = await facetCounts(db, "kind", {}, 10);
      expect(kinds.find((k) => k.value === "PARTIAL")?.count).toBe(1);
    });

    it("gives each statement its pieces, with the longest as head", async () => {
      const [statements] = await statementsByArticleIds(db, [articleId]);
      expect(statements).toHaveLength(3);
      const [quist, hartwig, okafor] = statements;
      expect(quist.pieces.map((p) => p.kind)).toEqual(["direct", "direct"]);
      expect(new Set(hartwig.pieces.map((p) => p.kind))).toEqual(new Set(["indirect", "partial"]));
      expect(hartwig.head.text).toContain("transit plan");
      expect(okafor.pieces).toHaveLength(1);
      const [again, missing] = await statementsByIds(db, [hartwig.id, crypto.randomUUID()]);
      expect(again?.pieces.map((p) => p.id)).toEqual(hartwig.pieces.map((p) => p.id));
      expect(missing).toBeNull();
    });

    it("applies a correction of one piece to the whole statement, also after re-parse", async () => {
      const [statements] = await statementsByArticleIds(db, [articleId]);
      const [quist, hartwig] = statements;
      const okafor = (
        await db.query<{ id: string }>("SELECT id FROM people WHERE name = 'Ben Okafor'")
      ).rows[0].id;
      const piece = hartwig.pieces.find((p) => p.kind === "partial")!;
      const second = quist.pieces[1];
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO quote_corrections (article_id, start_offset, end_offset, quote_text, action, speaker_id)
           VALUES ($1, $2, $3, $4, 'reassign_speaker', $5), ($1, $6, $7, $8, 'not_quote', NULL)`,
          [
            articleId,
            piece.start,
            piece.end,
            piece.text,
            okafor,
            second.start,
            second.end,
            second.text,
          ],
        );
        await applyQuoteCorrections(tx, articleId);
      });
      for (const run of ["now", "after re-parse"]) {
        if (run !== "now") await storeReparse(db, articleId, structuredClone(parsed));
        const [now] = await statementsByArticleIds(db, [articleId]);
        expect(now).toHaveLength(2);
        const moved = now.find((s) => s.id === hartwig.id)!;
        expect(moved.pieces.every((p) => p.speakerId === okafor && p.speakerCorrected)).toBe(true);
        expect(await countStatements(db, {})).toBe(2);
      }
    });
  });
}
