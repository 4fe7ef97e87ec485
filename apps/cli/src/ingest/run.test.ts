import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { discover } from "@whosaid/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestSources, sourcesOf } from "./sources.ts";

const samples = join(import.meta.dirname, "../../../../samples");
const kherson = readFileSync(join(samples, "articles/nbc-ukraine-kherson.txt"), "utf8");
const wikinews = readFileSync(join(samples, "wikinews.jsonl"), "utf8").split("\n").filter(Boolean);

/** A folder of every input kind, good and bad. */
function inputFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "whosaid-ingest-"));
  writeFileSync(join(dir, "kherson.txt"), kherson);
  writeFileSync(
    join(dir, "page.html"),
    `<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>
    <p>The old bridge over the river reopened on Monday after two years of repairs, the city council said.</p>
    <p>"It is a good day for everyone who crosses it," the mayor told reporters at the ceremony.</p></article></body></html>`,
  );
  writeFileSync(join(dir, "empty.txt"), "   \n");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 255, 0, 0, 7, 8, 9]));
  writeFileSync(join(dir, "notes.png"), "not an article");
  writeFileSync(
    join(dir, "lines.jsonl"),
    [...wikinews.slice(0, 3), "{not json", '{"id":"x"}', ""].join("\n"),
  );
  const csvText = JSON.parse(wikinews[3]).text.replaceAll('"', '""');
  writeFileSync(join(dir, "table.csv"), `id,text,source\n7,"${csvText}",Wikinews\n`);
  return dir;
}

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`whosaid ingest on ${backend.name}`, () => {
    let db: Database;
    const dir = inputFolder();
    beforeAll(async () => {
      db = await backend.open();
    });
    afterAll(async () => {
      await db?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it("stores every good input, reports every bad one, and adds nothing on a re-run", async () => {
      const units = discover([dir]);
      expect(units.map((u) => u.path.split("/").pop())).not.toContain("notes.png");
      const first = await ingestSources(db, sourcesOf(units), { concurrency: 2, batchSize: 3 });
      expect(first.created).toBe(6); // kherson, page, 3 JSON lines, 1 CSV row
      expect(first.errors.map((e) => e.ref.replace(`${dir}/`, "")).sort()).toEqual([
        "binary.txt",
        "empty.txt",
        "lines.jsonl:4",
        "lines.jsonl:5 (x)",
      ]);
      expect(first.quotes).toBeGreaterThan(20);
      const second = await ingestSources(db, sourcesOf(units), { concurrency: 2, batchSize: 3 });
      expect(second).toMatchObject({ created: 0, existing: 6 });
      const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles");
      expect(rows[0].n).toBe(6);
      const html = await db.query<{ format: string; input: string | null }>(
        "SELECT format, input FROM articles WHERE title = 'Bridge reopens'",
      );
      expect(html.rows[0].format).toBe("html");
      expect(html.rows[0].input).toContain("<article>");
    }, 180_000);

    it("ingests a web page given by URL, and reports a page that cannot be had", async () => {
      const page = readFileSync(join(dir, "page.html"), "utf8").replaceAll(
        "Bridge reopens",
        "Ferry resumes",
      );
      const server = createServer((req, res) => {
        if (req.url !== "/ferry") return res.writeHead(404).end();
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const urls = [`${base}/ferry`, `${base}/missing`];
        const result = await ingestSources(db, sourcesOf([], urls), {
          concurrency: 1,
          batchSize: 2,
        });
        expect(result).toMatchObject({ total: 2, created: 1 });
        expect(result.errors.map((e) => e.ref)).toEqual([`${base}/missing`]);
        const { rows } = await db.query<{ title: string; input: string | null }>(
          "SELECT title, input FROM articles WHERE url = $1",
          [`${base}/ferry`],
        );
        expect(rows[0].title).toBe("Ferry resumes");
        expect(rows[0].input).toContain("<article>");
      } finally {
        server.close();
      }
    }, 120_000);
  });
}
