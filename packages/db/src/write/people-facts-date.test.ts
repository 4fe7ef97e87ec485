import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article, type PersonSpec } from "../../test/build.ts";
import { testDatabases } from "../../test/testing.ts";
import type { Database } from "../types.ts";
import { ingestBatch } from "./batch.ts";
import { type BatchItem, ingestEach } from "./ingest.ts";

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

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`a person's dated facts on ${backend.name}`, () => {
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

    it("keeps the latest article's role; older and undated articles only fill blanks", async () => {
      await ingestBatch(fast, items());
      await ingestEach(each, items().reverse());
      for (const db of [fast, each])
        expect(await stored(db)).toEqual([{ role: "President", party: "Civic Party" }]);
    });
  });
}
