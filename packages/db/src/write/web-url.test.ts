import { parseArticle } from "@whosaid/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../open.ts";
import type { Database } from "../types.ts";
import { ingestBatch, ingestParsedArticle } from "./index.ts";
import { isWebUrl } from "./web-url.ts";

const body = `Bridge reopens after two years

The old bridge over the river reopened on Monday after two years of repairs, the city council said.

"It is a good day for everyone who crosses it," the mayor told reporters at the ceremony.`;

describe("article URLs", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ memory: true });
  });
  afterAll(async () => db?.close());

  it.each([
    ["https://example.com/a", true],
    ["http://example.com", true],
    ["javascript:alert(1)", false],
    ["  javascript:alert(1)", false],
    ["JAVASCRIPT:alert(1)", false],
    ["data:text/html,<b>x</b>", false],
    ["file:///etc/passwd", false],
    ["//example.com/a", false],
    ["not a url", false],
  ])("%s is a web URL: %s", (url, expected) => {
    expect(isWebUrl(url)).toBe(expected);
  });

  it("refuses to store an article under a javascript: or data: url", async () => {
    const parsed = parseArticle(body);
    await expect(ingestParsedArticle(db, parsed, { url: "javascript:alert(1)" })).rejects.toThrow(
      /http or https/,
    );
    const [result] = await ingestBatch(db, [{ parsed, meta: { url: "data:text/html,x" } }]);
    expect(result).toBeInstanceOf(Error);
    const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles");
    expect(rows[0].n).toBe(0);
  });

  it("drops a page's own canonical link when it is not a web address", async () => {
    const html = `<html><head><title>Bridge reopens after two years</title>
      <link rel="canonical" href="javascript:alert(1)"></head>
      <body><article>${body
        .split("\n\n")
        .map((p) => `<p>${p}</p>`)
        .join("")}</article></body></html>`;
    const parsed = parseArticle(html, { format: "html" });
    const { id } = await ingestParsedArticle(db, parsed, { input: html });
    const { rows } = await db.query<{ url: string | null }>(
      "SELECT url FROM articles WHERE id = $1",
      [id],
    );
    expect(rows[0].url).toBeNull();
  });
});
