import type { ParsedArticle, Quote } from "@whosaid/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article } from "../../test/build.ts";
import { testDatabases } from "../../test/testing.ts";
import { countQuotes, countQuotesByScan } from "../read/counts.ts";
import { facetCounts } from "../read/facets.ts";
import type { QuoteFilter } from "../read/filters.ts";
import { countStatements } from "../read/statements.ts";
import type { Database } from "../types.ts";
import { ingestBatch, ingestParsedArticle, recordQuoteCorrection, storeReparse } from "./index.ts";

type Speaker = Pick<Quote, "speakerType" | "speakerMentionKind" | "speakerLabel">;

/**
 * An article with a person speaking by name, a ministry speaking as one ("the department"), a
 * group ("the protesters") and an unnamed source whose type is not known.
 */
function story(title: string): ParsedArticle {
  const parsed = article(
    title,
    [{ id: "p1", name: "Rosa Almeida", country: "PT", category: "government" }],
    [
      { text: `${title}: the budget holds`, speakerId: "p1" },
      { text: `${title}: the visas are delayed` },
      { text: `${title}: we will march again` },
      { text: `${title}: talks are stalled` },
    ],
  );
  const speakers: Speaker[] = [
    { speakerType: "person", speakerMentionKind: "name", speakerLabel: null },
    {
      speakerType: "organization",
      speakerMentionKind: "nominal",
      speakerLabel: "Ministry of Migration",
    },
    { speakerType: "group", speakerMentionKind: "nominal", speakerLabel: "the protesters" },
    { speakerType: null, speakerMentionKind: "nominal", speakerLabel: "a senior official" },
  ];
  for (const [i, q] of parsed.quotes.entries()) Object.assign(q, speakers[i]);
  return parsed;
}

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`speaker types on ${backend.name}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await backend.open();
    });
    afterAll(() => db?.close());

    const stored = async (articleId: string) =>
      (
        await db.query<{ label: string | null; type: string | null; kind: string | null }>(
          `SELECT speaker_label AS label, speaker_type AS type, speaker_mention_kind AS kind
           FROM quotes WHERE article_id = $1 ORDER BY start_offset`,
          [articleId],
        )
      ).rows;
    const expected = [
      { label: null, type: "person", kind: "name" },
      { label: "Ministry of Migration", type: "organization", kind: "nominal" },
      { label: "the protesters", type: "group", kind: "nominal" },
      { label: "a senior official", type: null, kind: "nominal" },
    ];

    it("stores the speaker's type and mention kind through the per-article and batch writers", async () => {
      const one = await ingestParsedArticle(db, story("Single"));
      expect(await stored(one.id)).toEqual(expected);
      const batch = await ingestBatch(db, [
        { parsed: story("Batch one") },
        { parsed: story("Batch two") },
      ]);
      for (const result of batch) {
        if (result instanceof Error) throw result;
        expect(await stored(result.id)).toEqual(expected);
      }
    });

    it("replaces them on re-parse, and a person set by hand is a person", async () => {
      const { id } = await ingestParsedArticle(db, story("Reparsed"));
      const again = story("Reparsed");
      again.quotes[2].speakerType = "organization";
      again.quotes[2].speakerLabel = "Marchers' Union";
      expect(await storeReparse(db, id, again)).toBe(true);
      expect((await stored(id))[2]).toEqual({
        label: "Marchers' Union",
        type: "organization",
        kind: "nominal",
      });
      const person = await db.query<{ speaker_id: string }>(
        "SELECT speaker_id FROM quotes WHERE article_id = $1 AND speaker_id IS NOT NULL",
        [id],
      );
      const q = again.quotes[1];
      await db.transaction((tx) =>
        recordQuoteCorrection(
          tx,
          { articleId: id, start: q.start, end: q.end, text: q.text },
          { action: "reassign_speaker", speakerId: person.rows[0].speaker_id, speakerLabel: null },
          "test",
        ),
      );
      expect((await stored(id))[1].type).toBe("person");
    });

    it("filters, counts and facets by speaker type, consistently", async () => {
      const count = async (f: QuoteFilter) => ({
        quotes: await countQuotes(db, f),
        scanned: await countQuotesByScan(db, f),
        statements: await countStatements(db, f),
      });
      // Four articles: Single, Batch one, Batch two, Reparsed (its group became an organization
      // and its organization's quote a person's by hand).
      expect(await count({ speakerType: ["organization"] })).toEqual({
        quotes: 4,
        scanned: 4,
        statements: 4,
      });
      expect(await count({ speakerType: ["group"] })).toEqual({
        quotes: 3,
        scanned: 3,
        statements: 3,
      });
      expect(
        await count({ speakerType: ["organization", "group"], speakerCountry: ["PT"] }),
      ).toEqual({ quotes: 0, scanned: 0, statements: 0 });
      expect(await count({ speakerType: ["person"], speakerCountry: ["PT"] })).toEqual({
        quotes: 5,
        scanned: 5,
        statements: 5,
      });
      expect(await facetCounts(db, "speakerType", {}, 10)).toEqual([
        { value: "PERSON", count: 5 },
        { value: "ORGANIZATION", count: 4 },
        { value: "GROUP", count: 3 },
      ]);
    });
  });
}
