import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article } from "../../test/build.ts";
import { testDatabases } from "../../test/testing.ts";
import type { Database } from "../types.ts";
import { deleteArticle, ingestParsedArticle, mergePeople } from "../write/index.ts";
import {
  countQuotes,
  countQuotesByScan,
  countQuotesEstimated,
  rebuildQuoteCounts,
} from "./counts.ts";
import type { QuoteFilter } from "./filters.ts";

const people = [
  {
    id: "p1",
    name: "Olena Petrenko",
    country: "UA",
    category: "government",
    isOfficial: true,
    organization: "Ministry of Defence",
  },
  { id: "p2", name: "Ivan Shevchuk", country: "UA", category: "expert", isOfficial: false },
  { id: "p3", name: "Mary Jones", country: "US", category: "government", isOfficial: true },
  { id: "p4", name: "Tom Reed", country: null, category: "media", isOfficial: false },
] as const;

/** An article quoting each person (kinds varying), and an unnamed Ukrainian and unnamed other source. */
function story(i: number) {
  const parsed = article(
    `Story number ${i}`,
    people.map((p) => ({ ...p })),
    [
      ...people.map((p, k) => ({
        text: `Statement ${i}-${k} here`,
        speakerId: p.id,
        kind: ["direct", "partial", "indirect"][(i + k) % 3],
      })),
      { text: `Unnamed ${i} spoke`, speakerId: null, kind: "indirect" },
      { text: `Anonymous ${i} spoke`, speakerId: null, kind: "direct" },
    ],
  );
  parsed.quotes[people.length].speakerCountry = "UA";
  return parsed;
}

const filters: QuoteFilter[] = [
  {},
  { speakerCountry: ["UA"] },
  { speakerCountry: ["ua", "US"], official: true },
  { speakerCountry: ["UA"], official: false },
  { official: false },
  { official: true, kind: ["direct", "partial"] },
  { speakerCategory: ["government"] },
  { organization: ["ministry of defence"] },
  { speakerName: "jones" },
  { kind: ["indirect"] },
  { speakerCountry: ["UA"], kind: ["indirect"] },
  { speakerCountry: ["US"], speakerName: "mary" },
  { search: "statement" },
  { topic: ["medtop:16000000"], speakerCountry: ["UA"] },
];

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`quote counts on ${backend.name}`, () => {
    let db: Database;
    const ids: string[] = [];
    beforeAll(async () => {
      db = await backend.open();
      for (let i = 0; i < 6; i++)
        ids.push(
          (await ingestParsedArticle(db, story(i), { publishedAt: `2024-0${i + 1}-10` })).id,
        );
    });
    afterAll(() => db?.close());

    const expectAgreement = async () => {
      for (const f of filters) {
        const scanned = await countQuotesByScan(db, f);
        expect({ f, n: await countQuotes(db, f) }).toEqual({ f, n: scanned });
      }
      const { rows } = await db.query<{ id: string }>("SELECT id FROM people WHERE name = $1", [
        "Olena Petrenko",
      ]);
      const byId = { speakerId: [rows[0].id] };
      expect(await countQuotes(db, byId)).toBe(await countQuotesByScan(db, byId));
    };

    it("agrees with counting the quotes, for every speaker and kind filter", async () => {
      expect(await countQuotes(db, {})).toBe(36);
      expect(await countQuotes(db, { speakerCountry: ["UA"], official: true })).toBe(6);
      await expectAgreement();
    });

    it("stays exact when quotes are deleted, re-attributed and people merged", async () => {
      await deleteArticle(db, ids[0]);
      await db.query(
        "UPDATE quotes SET speaker_id = NULL, speaker_country = 'US' WHERE text LIKE 'Statement 1-%'",
      );
      await db.query("UPDATE quotes SET kind = 'direct' WHERE text LIKE 'Statement 2-%'");
      const { rows } = await db.query<{ id: string; name: string }>("SELECT id, name FROM people");
      const id = (name: string) => rows.find((r) => r.name === name)?.id as string;
      await db.transaction((tx) =>
        mergePeople(tx, id("Tom Reed"), id("Mary Jones")).then(() => {}),
      );
      await expectAgreement();
      expect(await countQuotes(db, {})).toBe(30);
    });

    it("counts exactly up to a limit, and estimates beyond it", async () => {
      const search = { search: "statement" };
      const exact = await countQuotesByScan(db, search);
      expect(await countQuotesEstimated(db, search)).toEqual({ count: exact, estimated: false });
      const estimate = await countQuotesEstimated(db, search, 3);
      expect(estimate.estimated).toBe(true);
      expect(estimate.count).toBeGreaterThanOrEqual(4);
      // Counter-answered filters stay exact whatever the limit.
      expect(await countQuotesEstimated(db, { speakerCountry: ["UA"] }, 3)).toEqual({
        count: await countQuotesByScan(db, { speakerCountry: ["UA"] }),
        estimated: false,
      });
    });

    it("rebuilds the counters from the quotes", async () => {
      await db.query("UPDATE person_quote_counts SET n = 0");
      await rebuildQuoteCounts(db);
      await expectAgreement();
    });
  });
}
