import { readFileSync } from "node:fs";
import { parseArticle } from "@whosaid/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../test/testing.ts";
import type { Database } from "../types.ts";
import { ingestBatch } from "./batch.ts";
import { type BatchItem, ingestEach } from "./ingest.ts";

// Real parsed articles (the bundled Wikinews samples), one of them twice and one with a bad URL.
function items(): BatchItem[] {
  const lines = readFileSync(new URL("../../../../samples/wikinews.jsonl", import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean)
    .slice(0, 12)
    .map((l) => JSON.parse(l) as { text: string; url?: string; publishedAt?: string });
  const out: BatchItem[] = lines.map((s) => ({
    parsed: parseArticle(s.text, { format: "text" }),
    meta: { url: s.url ?? null, publishedAt: s.publishedAt ?? null },
  }));
  out.push({ ...out[3] });
  out.push({ parsed: out[5].parsed, meta: { url: "javascript:alert(1)" } });
  return out;
}

/** Everything the ingest wrote, keyed by what does not depend on generated ids. */
async function dump(db: Database): Promise<Record<string, unknown[]>> {
  const q = async (sql: string) => (await db.query(sql)).rows;
  return {
    articles: await q("SELECT content_hash, title, published_at FROM articles ORDER BY 1"),
    people: await q(
      "SELECT name, aliases, alias_keys, country, category, is_official, role, organization, wikidata_id FROM people ORDER BY name, country",
    ),
    articlePeople: await q(
      `SELECT a.content_hash, ap.local_id, p.name, ap.role, ap.mention_count FROM article_people ap
       JOIN articles a ON a.id = ap.article_id JOIN people p ON p.id = ap.person_id ORDER BY 1, 2`,
    ),
    mentions: await q(
      `SELECT a.content_hash, m.start_offset, m.kind, m.text, p.name FROM mentions m
       JOIN articles a ON a.id = m.article_id JOIN people p ON p.id = m.person_id ORDER BY 1, 2, 5`,
    ),
    roles: await q(
      `SELECT p.name, r.role, r.organization, r.valid_from, r.valid_to, a.content_hash FROM person_roles r
       JOIN people p ON p.id = r.person_id JOIN articles a ON a.id = r.article_id ORDER BY 1, 2, 6`,
    ),
    quotes: await q(
      `SELECT a.content_hash, q.start_offset, q.end_offset, q.kind, q.text, p.name, q.stated_at,
         (SELECT s.start_offset FROM quotes s WHERE s.id = q.statement_id) AS statement_start,
         (SELECT array_agg(t.topic_id ORDER BY t.topic_id) FROM quote_topics t WHERE t.quote_id = q.id) AS topics
       FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.speaker_id
       ORDER BY 1, 2, 3`,
    ),
    topics: await q("SELECT id, label, path FROM topics ORDER BY id"),
    parents: await q(
      "SELECT t.id, t.parent_id, p.path AS parent_path, t.path FROM topics t LEFT JOIN topics p ON p.id = t.parent_id ORDER BY t.id",
    ),
    articleTopics: await q(
      `SELECT a.content_hash, t.topic_id, t.score FROM article_topics t
       JOIN articles a ON a.id = t.article_id ORDER BY 1, 2`,
    ),
    places: await q(
      `SELECT a.content_hash, p.name, p.kind, p.country, ap.mention_count FROM article_places ap
       JOIN articles a ON a.id = ap.article_id JOIN places p ON p.id = ap.place_id ORDER BY 1, 2, 3`,
    ),
    counters: await q(
      `SELECT p.name, c.kind, c.n FROM person_quote_counts c JOIN people p ON p.id = c.person_id
       ORDER BY 1, 2`,
    ),
  };
}

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`ingestBatch on ${backend.name}`, () => {
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

    it("stores a batch with one statement per table exactly as article by article", async () => {
      const batch = items();
      let statements = 0;
      const counting: Database = {
        ...fast,
        kind: fast.kind,
        query: (sql, params) => fast.query(sql, params),
        exec: (sql) => fast.exec(sql),
        executeSql: (sql, params) => fast.executeSql(sql, params),
        ping: () => fast.ping(),
        close: () => fast.close(),
        transaction: (fn) =>
          fast.transaction((tx) =>
            fn({
              kind: tx.kind,
              exec: (sql) => tx.exec(sql),
              query: (sql, params) => {
                statements++;
                return tx.query(sql, params);
              },
            }),
          ),
      };
      const a = await ingestBatch(counting, batch);
      const b = await ingestEach(each, batch);
      const shape = (r: (typeof a)[number]) =>
        r instanceof Error ? "error" : { created: r.created, people: r.people, quotes: r.quotes };
      expect(a.map(shape)).toEqual(b.map(shape));
      expect(a.filter((r) => r instanceof Error)).toHaveLength(1);
      expect(a[12]).toMatchObject({ created: false });
      // Article row, people look-up and people rows per article, a few statements per table.
      expect(statements).toBeLessThan(5 * batch.length);
      const [da, db] = [await dump(fast), await dump(each)];
      // A topic's parent is filled in once the parent is stored: article by article, only for
      // topics seen again after it; in one statement per table, for the whole batch. Every parent
      // set either way is the topic one level up the path.
      const parents = (rows: unknown[]) =>
        (rows as { id: string; parent_id: string | null; parent_path: string[]; path: string[] }[])
          .filter((r) => r.parent_id !== null)
          .map((r) => {
            expect(r.parent_path).toEqual(r.path.slice(0, -1));
            return r.id;
          });
      expect(parents(da.parents)).toEqual(expect.arrayContaining(parents(db.parents)));
      delete da.parents;
      delete db.parents;
      for (const table of Object.keys(da))
        expect({ table, rows: da[table] }).toEqual({ table, rows: db[table] });
      expect(da.quotes.length).toBeGreaterThan(20);
    });
  });
}
