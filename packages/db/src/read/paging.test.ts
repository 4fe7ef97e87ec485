import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article } from "../../test/build.ts";
import { testDatabases } from "../../test/testing.ts";
import type { Database } from "../types.ts";
import { ingestParsedArticle } from "../write/index.ts";
import { type KeyedQuote, listQuotes, type QuoteKey, type QuoteOrder } from "./keyset.ts";

/** Stores an article of `n` quotes dated `date` (several articles share a date: ties by id). */
async function store(db: Database, tag: string, date: string, n = 4): Promise<void> {
  const quotes = Array.from({ length: n }, (_, k) => ({ text: `Quote ${tag} number ${k}` }));
  const parsed = article(`Story ${tag}`, [], quotes);
  for (const q of parsed.quotes) q.statedAt = date;
  await ingestParsedArticle(db, parsed, { publishedAt: date });
}

/** Pages through every quote, calling `between` after each page. */
async function pageAll(
  db: Database,
  order: QuoteOrder,
  between: (page: number, last: KeyedQuote) => Promise<void> = async () => {},
): Promise<KeyedQuote[]> {
  const seen: KeyedQuote[] = [];
  let after: QuoteKey | null = null;
  for (let page = 0; page < 100; page++) {
    const rows = await listQuotes(db, {}, { order, after, limit: 7 });
    seen.push(...rows);
    if (rows.length < 7) break;
    after = rows[rows.length - 1].sortKey;
    await between(page, rows[rows.length - 1]);
  }
  return seen;
}

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`keyset paging on ${backend.name}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await backend.open();
      for (let i = 0; i < 12; i++) await store(db, `base${i}`, `2024-0${(i % 4) + 1}-15`);
    });
    afterAll(() => db?.close());

    it("reads every quote once, in order, newest and oldest first", async () => {
      for (const order of ["newest", "oldest"] as const) {
        const seen = await pageAll(db, order);
        expect(seen).toHaveLength(48);
        expect(new Set(seen.map((q) => q.id)).size).toBe(48);
        const keys = seen.map((q) => `${q.sortKey.date} ${q.sortKey.id}`);
        const sorted = [...keys].sort();
        expect(keys).toEqual(order === "oldest" ? sorted : sorted.reverse());
      }
    });

    it("neither repeats nor skips a quote when articles are stored between pages", async () => {
      const before = new Set((await pageAll(db, "newest")).map((q) => q.id));
      // Quotes stored after a page: those whose key sorts after that page's last key must come
      // on a later page; those sorting before it belong to pages already read and must not.
      const expected = { later: [] as string[], earlier: [] as string[] };
      const seen = await pageAll(db, "newest", async (page, last) => {
        const cursor = `${last.sortKey.date} ${last.sortKey.id}`;
        const stories = [
          { tag: `new${page}`, date: "2025-01-01" },
          { tag: `same${page}`, date: last.sortKey.date },
          { tag: `old${page}`, date: "2020-01-01" },
        ];
        for (const s of stories) {
          await store(db, s.tag, s.date, 2);
          const { rows } = await db.query<{ id: string; key: string }>(
            `SELECT id, to_char(stated_at, 'YYYY-MM-DD') || ' ' || id AS key FROM quotes
             WHERE text LIKE $1`,
            [`Quote ${s.tag} %`],
          );
          for (const r of rows) (r.key < cursor ? expected.later : expected.earlier).push(r.id);
        }
      });
      const ids = seen.map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of before) expect(ids).toContain(id);
      for (const id of expected.later) expect(ids).toContain(id);
      for (const id of expected.earlier) expect(ids).not.toContain(id);
      expect(expected.later.length).toBeGreaterThan(0);
      expect(expected.earlier.length).toBeGreaterThan(0);
      const keys = seen.map((q) => `${q.sortKey.date} ${q.sortKey.id}`);
      expect(keys).toEqual([...keys].sort().reverse());
    });
  });
}
