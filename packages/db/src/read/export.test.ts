import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article } from "../../test/build.ts";
import { testDatabases } from "../../test/testing.ts";
import type { Database } from "../types.ts";
import { ingestParsedArticle } from "../write/index.ts";
import { EXPORT_COLUMNS, type ExportRow, exportCsvLines, exportQuotes } from "./export.ts";

/** A CSV cell as the API wrote it in JavaScript before migration 101 (the oracle). */
function csvCell(value: string | null): string {
  if (value == null) return "";
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const lineOf = (row: ExportRow) => `${EXPORT_COLUMNS.map((c) => csvCell(row[c])).join(",")}\r\n`;

async function collect<T>(batches: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const b of batches) out.push(b);
  return out;
}

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`the export on ${backend.name}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await backend.open();
      // Shared dates (ties broken by id), undated quotes, cells that need quoting or neutralising.
      const texts = [
        'The plan, she said, "works"',
        "=cost of the bridge",
        "plain words",
        "-3 today",
      ];
      for (let i = 0; i < 7; i++) {
        const quotes = texts.map((text) => ({ text: `${text} ${i}` }));
        const parsed = article(`Title, part ${i}`, [], quotes);
        parsed.quotes.forEach((q, k) => {
          q.statedAt = k === 3 ? null : `2024-0${(i % 3) + 1}-1${k}`;
        });
        await ingestParsedArticle(db, parsed, { publishedAt: i === 6 ? null : "2024-05-01" });
      }
    });
    afterAll(() => db?.close());

    it("reads every quote once, newest first, across batch boundaries", async () => {
      const one = (await collect(exportQuotes(db, {}, 1000))).flat();
      expect(one).toHaveLength(28);
      expect(new Set(one.map((r) => r.quoteId)).size).toBe(28);
      for (const size of [1, 3, 28]) {
        const rows = (await collect(exportQuotes(db, {}, size))).flat();
        expect(rows.map((r) => r.quoteId)).toEqual(one.map((r) => r.quoteId));
      }
    });

    it("makes the same CSV lines in the query as the JavaScript cells would", async () => {
      const rows = (await collect(exportQuotes(db, {}, 5))).flat();
      const text = (await collect(exportCsvLines(db, {}, 5))).join("");
      expect(text).toBe(rows.map(lineOf).join(""));
      expect(text).toContain(`"The plan, she said, ""works"" 0"`);
      expect(text).toContain("'=cost of the bridge 0,");
      expect(text).toMatch(/,2024-05-01,/); // an undated quote takes its article's date
    });

    it("reads each batch without parallel workers, even where the planner would use them", async () => {
      await db.transaction(async (tx) => {
        // Parallel plans made free: without the marker this query gets a Gather.
        for (const s of [
          "SET LOCAL parallel_setup_cost = 0",
          "SET LOCAL parallel_tuple_cost = 0",
          "SET LOCAL min_parallel_table_scan_size = 0",
          "SET LOCAL max_parallel_workers_per_gather = 2",
        ])
          await tx.query(s);
        const plan = async (where: string) =>
          (
            await tx.query<{ "QUERY PLAN": string }>(`EXPLAIN SELECT count(*) FROM quotes ${where}`)
          ).rows
            .map((r) => r["QUERY PLAN"])
            .join("\n");
        if (backend.name === "postgres") expect(await plan("")).toMatch(/Gather/);
        expect(await plan("WHERE without_parallel_workers()")).not.toMatch(/Gather/);
      });
    });
  });
}
