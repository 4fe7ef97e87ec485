import { readFileSync } from "node:fs";
import { parseArticle } from "@whosaid/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article } from "../../test/build.ts";
import { testDatabases } from "../../test/testing.ts";
import type { Database } from "../types.ts";
import { deleteArticle, ingestBatch, ingestParsedArticle, storeReparse } from "./index.ts";

const count = async (db: Database, table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`ingest on ${backend.name}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await backend.open();
    });
    afterAll(() => db?.close());

    it("stores a real parsed article once, however often it is ingested", async () => {
      const text = readFileSync(
        new URL("../../../../samples/articles/nbc-ukraine-kherson.txt", import.meta.url),
        "utf8",
      );
      const parsed = parseArticle(text);
      const first = await ingestParsedArticle(db, parsed, { url: "https://example.org/a" });
      const again = await ingestParsedArticle(db, parseArticle(text), {});
      expect(first.created).toBe(true);
      expect(again).toMatchObject({ id: first.id, created: false });
      const { rows } = await db.query<{
        title: string;
        body: string;
        published_at: string;
        source: string;
      }>("SELECT title, body, published_at, source FROM articles WHERE id = $1", [first.id]);
      expect(rows[0].body).toBe(text);
      expect(rows[0].title).toBe(parsed.article.title);
      expect(rows[0].published_at).toBe(parsed.article.publishedAt?.slice(0, 10) ?? null);
    });

    it("stores every quote of a long article with its topics (several statements' worth)", async () => {
      const quotes = Array.from({ length: 2_345 }, (_, i) => ({
        text: `Point number ${i}`,
        speakerId: "p1",
      }));
      const parsed = article("Long hearing", [{ id: "p1", name: "Odile Brun" }], quotes);
      parsed.quotes[2_344].topics = [];
      parsed.quotes[1_000].topics.push({ id: "medtop:20000053", label: "war", score: 0.5 });
      const { id } = await ingestParsedArticle(db, parsed, {});
      const { rows } = await db.query<{ quotes: number; links: number; spoken: number }>(
        `SELECT count(DISTINCT q.id)::int AS quotes, count(t.quote_id)::int AS links,
                count(DISTINCT q.id) FILTER (WHERE q.speaker_id IS NOT NULL)::int AS spoken
           FROM quotes q LEFT JOIN quote_topics t ON t.quote_id = q.id WHERE q.article_id = $1`,
        [id],
      );
      expect(rows[0]).toEqual({ quotes: 2_345, links: 2_344 + 1, spoken: 2_345 });
    });

    it("stores the party an article ties to a person, on the person and on the article", async () => {
      const parsed = article("Levy vote", [
        { id: "p1", name: "Ilse Varga", role: "Senator", party: "Solar Party" },
      ]);
      const { id } = await ingestParsedArticle(db, parsed, {});
      const { rows } = await db.query<{ party: string | null; article_party: string | null }>(
        `SELECT p.party, ap.party AS article_party FROM people p
           JOIN article_people ap ON ap.person_id = p.id
          WHERE ap.article_id = $1`,
        [id],
      );
      expect(rows).toEqual([{ party: "Solar Party", article_party: "Solar Party" }]);
    });

    it("writes people, quotes, topics and places with the article", async () => {
      const parsed = article(
        "Talks resume",
        [{ id: "p1", name: "Ana Lopez", country: "ES", role: "Minister" }],
        [{ text: "We will talk", speakerId: "p1" }],
      );
      const r = await ingestParsedArticle(db, parsed, {});
      expect(r).toMatchObject({ created: true, people: 1, quotes: 1 });
      const q = await db.query<{ speaker: string; search: string }>(
        `SELECT p.name AS speaker FROM quotes q JOIN people p ON p.id = q.speaker_id
         WHERE q.article_id = $1 AND q.search @@ plainto_tsquery('english', 'talking')`,
        [r.id],
      );
      expect(q.rows).toEqual([{ speaker: "Ana Lopez" }]);
      expect(await count(db, "article_topics")).toBeGreaterThan(0);
      expect(await count(db, "article_places")).toBeGreaterThan(0);
    });

    it("links topics to their parents and fills in paths first seen bare", async () => {
      const parsed = article("Topics", [], [{ text: "Peace now" }]);
      parsed.quotes[0].topics = [{ id: "medtop:20000053", label: "war", score: 0.7 }];
      await ingestParsedArticle(db, parsed);
      parsed.text += "\nAgain.";
      parsed.topics.push({
        id: "medtop:20000053",
        label: "war",
        score: 0.5,
        path: ["conflict, war and peace", "war"],
      });
      await ingestParsedArticle(db, parsed);
      const { rows } = await db.query<{ path: string[]; parent_id: string }>(
        "SELECT path, parent_id FROM topics WHERE id = 'medtop:20000053'",
      );
      expect(rows).toEqual([
        { path: ["conflict, war and peace", "war"], parent_id: "medtop:16000000" },
      ]);
    });

    it("rolls a failing article back completely", async () => {
      const bad = article(
        "Broken article",
        [{ id: "p1", name: "Bea Broken" }],
        [{ text: "x", kind: "shouted" }],
      );
      await expect(ingestParsedArticle(db, bad, {})).rejects.toThrow();
      const left = await db.query("SELECT 1 FROM articles WHERE title = 'Broken article'");
      expect(left.rows).toHaveLength(0);
      expect((await db.query("SELECT 1 FROM people WHERE name = 'Bea Broken'")).rows).toHaveLength(
        0,
      );
    });

    it("isolates a failing article inside a batch", async () => {
      const results = await ingestBatch(db, [
        { parsed: article("Batch one") },
        { parsed: article("Batch bad", [], [{ text: "y", kind: "nope" }]) },
        { parsed: article("Batch three") },
      ]);
      expect(results.map((r) => (r instanceof Error ? "error" : r.created))).toEqual([
        true,
        "error",
        true,
      ]);
      const titles = await db.query<{ title: string }>(
        "SELECT title FROM articles WHERE title LIKE 'Batch%' ORDER BY title",
      );
      expect(titles.rows.map((r) => r.title)).toEqual(["Batch one", "Batch three"]);
    });

    it("does not reuse what a rolled-back article of the batch created", async () => {
      const bad = article(
        "Fresh bad",
        [{ id: "a", name: "Fresh Person" }],
        [{ text: "z", kind: "nope" }],
      );
      const good = article(
        "Fresh good",
        [{ id: "a", name: "Fresh Person" }],
        [{ text: "fine", speakerId: "a" }],
      );
      bad.article.source = "Fresh Source";
      good.article.source = "Fresh Source";
      const results = await ingestBatch(db, [{ parsed: bad }, { parsed: good }]);
      expect(results[0]).toBeInstanceOf(Error);
      expect(results[1]).toMatchObject({ created: true, people: 1, quotes: 1 });
      const { rows } = await db.query(
        "SELECT 1 FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.name = 'Fresh Source'",
      );
      expect(rows).toHaveLength(1);
    });

    it("re-parses in place and deletes with everything derived", async () => {
      const parsed = article(
        "Reparse me",
        [{ id: "p1", name: "Carl Reparse" }],
        [{ text: "Again", speakerId: "p1" }],
      );
      const { id } = await ingestParsedArticle(db, parsed, {});
      const before = await db.query<{ id: string }>("SELECT id FROM quotes WHERE article_id = $1", [
        id,
      ]);
      expect(await storeReparse(db, id, parsed)).toBe(true);
      const after = await db.query<{ id: string }>("SELECT id FROM quotes WHERE article_id = $1", [
        id,
      ]);
      expect(after.rows).toEqual(before.rows);
      expect(await deleteArticle(db, id)).toBe(true);
      expect(
        (await db.query("SELECT 1 FROM quotes WHERE article_id = $1", [id])).rows,
      ).toHaveLength(0);
      expect(
        (await db.query("SELECT 1 FROM people WHERE name = 'Carl Reparse'")).rows,
      ).toHaveLength(0);
      expect(await deleteArticle(db, id)).toBe(false);
    });
  });
}
