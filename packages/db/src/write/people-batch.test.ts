import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article, type PersonSpec } from "../../test/build.ts";
import { testDatabases } from "../../test/testing.ts";
import type { Database } from "../types.ts";
import { ingestBatch } from "./batch.ts";
import { mergePeople } from "./edit-people.ts";
import { type BatchItem, ingestEach, ingestParsedArticle } from "./ingest.ts";

const item = (title: string, people: PersonSpec[]): BatchItem => ({
  parsed: article(title, people, [{ text: `Words about ${title}`, speakerId: people[0]?.id }]),
});

// Later articles of one batch find the people earlier ones created, by name, alias or Wikidata
// id, and add what they say; a lone surname stays apart without a country.
const batch = (): BatchItem[] => [
  item("Harbour plans", [{ id: "p1", name: "Ilse Varga", country: "HU" }]),
  item("Budget day", [
    { id: "p1", name: "Ilse Varga", role: "finance minister", category: "government" },
    { id: "p2", name: "Odo Brandt", wikidataId: "Q990001", aliases: ["Odo K. Brandt"] },
  ]),
  item("Port strike", [
    { id: "p1", name: "Odo K. Brandt", organization: "Dockworkers Union" },
    { id: "p2", name: "Varga" },
  ]),
  item("Rail link", [
    { id: "p1", name: "O. Brandt", wikidataId: "Q990001" },
    { id: "p2", name: "Pell Ostrander", country: "NO", isOfficial: true },
  ]),
  item("Stored before", [{ id: "p1", name: "Rhea Solberg", role: "mayor" }]),
];

const dated = (title: string, publishedAt: string | null, person: PersonSpec): BatchItem => {
  const parsed = article(title, [person], [{ text: `Words about ${title}`, speakerId: person.id }]);
  return { parsed: { ...parsed, article: { ...parsed.article, publishedAt } } };
};

// An archive arrives in any order: the stored role is the latest article's, not the last ingested.
const items = (): BatchItem[] => [
  dated("Sworn in", "2021-02-01T00:00:00Z", { id: "p1", name: "Noor Halvard", role: "President" }),
  dated("Campaign trail", "2019-05-01T00:00:00Z", {
    id: "p1",
    name: "Noor Halvard",
    role: "Former Vice President",
    party: "Civic Party",
  }),
  dated("Undated profile", null, { id: "p1", name: "Noor Halvard", role: "Author" }),
];

async function stored(db: Database) {
  const { rows } = await db.query<{ role: string; party: string | null }>(
    "SELECT role, party FROM people WHERE name = 'Noor Halvard'",
  );
  return rows;
}

async function people(db: Database) {
  const { rows } = await db.query(
    `SELECT p.name, p.aliases, p.alias_keys, p.country, p.category, p.is_official, p.role,
       p.organization, p.wikidata_id,
       (SELECT array_agg(a.title || ':' || ap.local_id ORDER BY a.title, ap.local_id)
        FROM article_people ap JOIN articles a ON a.id = ap.article_id WHERE ap.person_id = p.id) AS seen
     FROM people p ORDER BY p.name, p.country`,
  );
  return rows;
}

/** Counts the people look-ups (`loadCandidates`) inside transactions. */
function countingLookups(db: Database): { db: Database; lookups: () => number } {
  let n = 0;
  const wrapped: Database = {
    ...db,
    kind: db.kind,
    query: (sql, params) => db.query(sql, params),
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          kind: tx.kind,
          exec: (sql) => tx.exec(sql),
          query: (sql, params) => {
            if (/^\s*SELECT p\.id, p\.name/.test(sql)) n++;
            return tx.query(sql, params);
          },
        }),
      ),
  };
  return { db: wrapped, lookups: () => n };
}

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`a batch's people on ${backend.name}`, () => {
    let fast: Database;
    let each: Database;
    beforeAll(async () => {
      fast = await backend.open();
      each = await backend.open();
    });
    afterAll(async () => {
      await fast?.close();
      await each?.close();
    });

    it("resolves every article's people with one look-up, as article by article would", async () => {
      // A person stored before the batch, whom the batch's last article adds a fact to.
      for (const db of [fast, each])
        await ingestParsedArticle(db, item("Earlier", [{ id: "p1", name: "Rhea Solberg" }]).parsed);
      const counted = countingLookups(fast);
      await ingestBatch(counted.db, batch());
      await ingestEach(each, batch());
      expect(counted.lookups()).toBe(1);
      const stored = await people(fast);
      expect(stored).toEqual(await people(each));
      expect(stored.map((p) => p.name)).toEqual([
        "Ilse Varga",
        "Odo Brandt",
        "Pell Ostrander",
        "Rhea Solberg",
        "Varga",
      ]);
      expect(stored[0]).toMatchObject({ country: "HU", role: "finance minister" });
      expect(stored[1]).toMatchObject({
        organization: "Dockworkers Union",
        wikidata_id: "Q990001",
      });
      expect(stored[3]).toMatchObject({ role: "mayor" });
    });

    it("resolves one by one when a person is found directly and through a merge", async () => {
      const [a, b] = [await backend.open(), await backend.open()];
      try {
        for (const db of [a, b]) {
          const one = await ingestParsedArticle(
            db,
            item("First", [{ id: "p1", name: "Kai Ullmann", wikidataId: "Q990010" }]).parsed,
          );
          const two = await ingestParsedArticle(
            db,
            item("Second", [{ id: "p1", name: "Kai J. Ullmann", wikidataId: "Q990011" }]).parsed,
          );
          const ids = async (id: string) =>
            (
              await db.query<{ person_id: string }>(
                "SELECT person_id FROM article_people WHERE article_id = $1",
                [id],
              )
            ).rows[0].person_id;
          const [from, into] = [await ids(two.id), await ids(one.id)];
          await db.transaction((tx) => mergePeople(tx, from, into));
        }
        const later = (): BatchItem[] => [
          item("Third", [{ id: "p1", name: "Kai Ullmann", role: "coach" }]),
          item("Fourth", [{ id: "p1", name: "Kai J. Ullmann", wikidataId: "Q990011" }]),
          item("Fifth", [{ id: "p1", name: "Kai Ullmann", organization: "Harbour FC" }]),
        ];
        await ingestBatch(a, later());
        await ingestEach(b, later());
        const stored = await people(a);
        expect(stored).toEqual(await people(b));
        expect(stored).toHaveLength(1);
        expect(stored[0]).toMatchObject({ role: "coach", organization: "Harbour FC" });
      } finally {
        await a.close();
        await b.close();
      }
    });

    it("keeps the latest article's role; older and undated articles only fill blanks", async () => {
      await ingestBatch(fast, items());
      await ingestEach(each, items().reverse());
      for (const db of [fast, each])
        expect(await stored(db)).toEqual([{ role: "President", party: "Civic Party" }]);
    });
  });
}
