import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database, Transaction } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { discover } from "@whosaid/ingest";
import { parseArticle } from "@whosaid/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestSources, sourcesOf } from "./sources.ts";

const lines = readFileSync(join(import.meta.dirname, "../../../../samples/wikinews.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .slice(0, 40);

/** The same database, except that its `nth` transaction drops its own connection midway. */
function droppingConnection(
  db: Database,
  nth: number,
  afterQueries: number,
): Database & { dropped: boolean } {
  let transactions = 0;
  const wrapped = {
    ...db,
    dropped: false,
    transaction<T>(fn: (tx: Transaction) => Promise<T>) {
      const doomed = ++transactions === nth;
      return db.transaction((tx) => {
        let queries = 0;
        return fn({
          ...tx,
          async query<R>(sql: string, params?: unknown[]) {
            if (doomed && ++queries === afterQueries) {
              wrapped.dropped = true;
              await tx.query("SELECT pg_terminate_backend(pg_backend_pid())");
            }
            return tx.query<R>(sql, params);
          },
        });
      });
    },
  };
  return wrapped;
}

/** Every stored article has exactly the quotes the parser finds in it: nothing half-written. */
async function expectWholeArticles(db: Database): Promise<number> {
  const { rows } = await db.query<{ body: string; url: string; quotes: number }>(
    "SELECT a.body, a.url, (SELECT count(*)::int FROM quotes q WHERE q.article_id = a.id) AS quotes FROM articles a",
  );
  for (const row of rows) {
    // Parse as the ingest did, with the line's metadata (the source can change who is quoted).
    const line = JSON.parse(lines.find((l) => JSON.parse(l).url === row.url) ?? "{}");
    const options = {
      url: line.url,
      source: line.source,
      publishedAt: line.publishedAt,
      format: line.format,
    };
    const spans = new Set(parseArticle(row.body, options).quotes.map((q) => `${q.start}:${q.end}`));
    expect(row.quotes).toBe(spans.size);
  }
  return rows.length;
}

const [, postgres] = await testDatabases();
describe.skipIf(postgres.skipReason !== null)(
  "a connection dropped in the middle of an ingest",
  () => {
    let db: Database;
    const dir = mkdtempSync(join(tmpdir(), "whosaid-fault-"));
    beforeAll(async () => {
      db = await postgres.open();
      writeFileSync(join(dir, "forty.jsonl"), lines.join("\n"));
    });
    afterAll(async () => {
      await db?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it("leaves no partial article, and the next run completes the work", async () => {
      const units = discover([dir]);
      const broken = await ingestSources(droppingConnection(db, 3, 12), sourcesOf(units), {
        concurrency: 1,
        batchSize: 5,
        retries: 0,
      });
      expect(broken.fatal).toMatch(/terminat/i);
      const stored = await expectWholeArticles(db);
      expect(stored).toBe(10); // the two batches committed before the drop, nothing of the third
      const resumed = await ingestSources(db, sourcesOf(units), { concurrency: 1, batchSize: 5 });
      expect(resumed).toMatchObject({ fatal: null, existing: 10, created: 30, errors: [] });
      expect(await expectWholeArticles(db)).toBe(40);
    }, 180_000);

    it("retries a batch whose connection dropped, without losing or doubling anything", async () => {
      await db.query("DELETE FROM articles");
      const units = discover([dir]);
      // The batch writer spends few statements per batch: drop within the second batch's first few.
      const faulty = droppingConnection(db, 2, 6);
      const result = await ingestSources(faulty, sourcesOf(units), {
        concurrency: 1,
        batchSize: 5,
      });
      expect(faulty.dropped).toBe(true);
      expect(result).toMatchObject({ fatal: null, created: 40, errors: [] });
      expect(await expectWholeArticles(db)).toBe(40);
    }, 180_000);
  },
);
