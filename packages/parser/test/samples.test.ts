import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.ts";

const samples = join(import.meta.dirname, "..", "..", "..", "samples");

interface Sample {
  id: string;
  url: string;
  publishedAt: string;
  title: string;
  text: string;
  source: string;
  format: "text";
}

const wikinews = readFileSync(join(samples, "wikinews.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Sample);

// The whole pipeline over 293 articles: seconds, more on a loaded machine.
describe("bundled samples", { timeout: 180_000 }, () => {
  it("holds the Wikinews articles", () => {
    expect(wikinews.length).toBeGreaterThanOrEqual(290);
  });

  it("parses every Wikinews sample with its title, date and paragraphs", () => {
    for (const s of wikinews) {
      const { article, text } = parseArticle(s.text, {
        format: s.format,
        source: s.source,
        url: s.url,
        publishedAt: s.publishedAt,
      });
      expect(article.title, s.id).toBe(s.title);
      expect(article.publishedAt, s.id).toBe(s.publishedAt);
      expect(article.source, s.id).toBe("Wikinews");
      expect(article.url, s.id).toBe(s.url);
      expect(article.paragraphs.length, s.id).toBeGreaterThan(0);
      expect(article.paragraphs[0].text, s.id).not.toBe(s.title);
      for (const p of article.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
      for (const c of article.captions) expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it("parses the reference article sample", () => {
    const input = readFileSync(join(samples, "articles", "nbc-ukraine-kherson.txt"), "utf8");
    const { article } = parseArticle(input);
    expect(article.source).toBe("NBC News");
    expect(article.paragraphs).toHaveLength(27);
  });
});
