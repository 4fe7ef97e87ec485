import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article } from "../../test/build.ts";
import { testDatabases } from "../../test/testing.ts";
import type { Database } from "../types.ts";
import {
  applyQuoteCorrections,
  ingestParsedArticle,
  mergePeople,
  splitPerson,
  storeReparse,
} from "./index.ts";

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(
    `corrections survive re-parsing on ${backend.name}`,
    () => {
      let db: Database;
      beforeAll(async () => {
        db = await backend.open();
      });
      afterAll(() => db?.close());

      const personId = async (name: string) =>
        (await db.query<{ id: string }>("SELECT id FROM people WHERE name = $1", [name])).rows[0]
          ?.id;

      it("keeps a reassigned speaker and a 'not a quote' mark", async () => {
        const parsed = article(
          "Corrected",
          [
            { id: "a", name: "Wrong Speaker" },
            { id: "b", name: "Right Speaker" },
          ],
          [
            { text: "First words", speakerId: "a" },
            { text: "Not really a quote", speakerId: "a" },
          ],
        );
        const { id } = await ingestParsedArticle(db, parsed);
        const [first, second] = parsed.quotes;
        const right = await personId("Right Speaker");
        await db.transaction(async (tx) => {
          await tx.query(
            `INSERT INTO quote_corrections (article_id, start_offset, end_offset, quote_text, action, speaker_id)
           VALUES ($1, $2, $3, $4, 'reassign_speaker', $5), ($1, $6, $7, $8, 'not_quote', NULL)`,
            [id, first.start, first.end, first.text, right, second.start, second.end, second.text],
          );
          expect(await applyQuoteCorrections(tx, id)).toEqual({ removed: 1, reassigned: 1 });
        });
        for (const run of ["now", "after re-parse"]) {
          if (run !== "now") await storeReparse(db, id, structuredClone(parsed));
          const { rows } = await db.query<{
            text: string;
            speaker_id: string;
            speaker_corrected: boolean;
          }>("SELECT text, speaker_id, speaker_corrected FROM quotes WHERE article_id = $1", [id]);
          expect(rows).toEqual([
            { text: "First words", speaker_id: right, speaker_corrected: true },
          ]);
        }
      });

      it("keeps a merge when the merged-away person shows up again", async () => {
        await ingestParsedArticle(
          db,
          article("M1", [{ id: "a", name: "Bill Merge", country: "US" }]),
        );
        const m2 = await ingestParsedArticle(
          db,
          article("M2", [{ id: "a", name: "William Merge", country: "US" }]),
        );
        const [bill, william] = [await personId("Bill Merge"), await personId("William Merge")];
        await db.transaction((tx) => mergePeople(tx, william, bill));
        await storeReparse(
          db,
          m2.id,
          article("M2", [{ id: "a", name: "William Merge", country: "US" }]),
        );
        await ingestParsedArticle(db, article("M3", [{ id: "a", name: "William Merge" }]));
        const { rows } = await db.query<{ person_id: string }>(
          "SELECT DISTINCT person_id FROM article_people ap JOIN people p ON p.id = ap.person_id WHERE p.name LIKE '%Merge'",
        );
        expect(rows).toEqual([{ person_id: bill }]);
      });

      it("keeps a split for the articles moved to the new person", async () => {
        const s1 = await ingestParsedArticle(
          db,
          article("Sp1", [{ id: "a", name: "Chris Split" }], [{ text: "One", speakerId: "a" }]),
        );
        const s2parsed = article(
          "Sp2",
          [{ id: "a", name: "Chris Split" }],
          [{ text: "Two", speakerId: "a" }],
        );
        const s2 = await ingestParsedArticle(db, s2parsed);
        const original = await personId("Chris Split");
        const other = await db.transaction((tx) => splitPerson(tx, original, [s2.id]));
        await storeReparse(db, s2.id, structuredClone(s2parsed));
        const speakers = await db.query<{ article_id: string; speaker_id: string }>(
          "SELECT article_id, speaker_id FROM quotes WHERE article_id = ANY($1::uuid[]) ORDER BY text",
          [[s1.id, s2.id]],
        );
        expect(speakers.rows).toEqual([
          { article_id: s1.id, speaker_id: original },
          { article_id: s2.id, speaker_id: other },
        ]);
      });
    },
  );
}
