import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InputItem } from "../sources/item.ts";
import { runIngest } from "./run.ts";

const samples = join(import.meta.dirname, "../../../../samples");
const kherson = readFileSync(join(samples, "articles/nbc-ukraine-kherson.txt"), "utf8");

const ingest = (db: Database, items: InputItem[]) =>
  runIngest(db, items, { total: items.length, concurrency: 1, batchSize: 10 });

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`runIngest on ${backend.name}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await backend.open();
    });
    afterAll(() => db?.close());

    it("finds a file saved with a byte-order mark as already stored on the second run, unparsed", async () => {
      const file = { ref: "kherson.txt", input: `\uFEFF${kherson}`, format: "text" as const };
      const first = await ingest(db, [file]);
      expect(first).toMatchObject({ created: 1, existing: 0, parsed: 1, errors: [] });
      const second = await ingest(db, [file]);
      expect(second).toMatchObject({ created: 0, existing: 1, parsed: 0, errors: [] });
      // The same text saved without the mark is the same article too.
      const plain = await ingest(db, [{ ...file, input: kherson }]);
      expect(plain).toMatchObject({ created: 0, existing: 1, parsed: 0 });
    }, 120_000);

    it("reports what cannot be read or parsed and goes on", async () => {
      const summary = await ingest(db, [
        { ref: "broken.jsonl:1", error: "invalid JSON" },
        { ref: "empty.txt", input: "  \n" },
      ]);
      expect(summary.errors.map((e) => e.ref)).toEqual(["broken.jsonl:1", "empty.txt"]);
      expect(summary.errors[1].reason).toMatch(/^EMPTY_INPUT/);
    }, 60_000);
  });
}
