import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.ts";

const dir = join(import.meta.dirname, "fixtures");
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".json") && !f.endsWith(".gold.json"))
  .map((f) => f.slice(0, -5));

interface Expected {
  title: string;
  publishedAt: string;
  authors: string[];
  source: string;
  readTimeMinutes: number;
  language: string;
  paragraphCount: number;
  firstParagraphStartsWith: string;
  lastParagraphStartsWith: string;
  captions: { text: string; credit: string }[];
  relatedStoryCount: number;
  firstRelatedStoryTitle: string;
  footer: string[];
}

describe.each(names)("golden fixture %s", (name) => {
  const input = readFileSync(join(dir, `${name}.txt`), "utf8");
  const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as Expected;
  const { article, text } = parseArticle(input);

  it("reads the header", () => {
    expect(article.title).toBe(expected.title);
    expect(article.publishedAt).toBe(expected.publishedAt);
    expect(article.authors).toEqual(expected.authors);
    expect(article.source).toBe(expected.source);
    expect(article.readTimeMinutes).toBe(expected.readTimeMinutes);
    expect(article.language).toBe(expected.language);
  });

  it("finds the body paragraphs with exact offsets", () => {
    expect(text).toBe(input);
    expect(article.paragraphs).toHaveLength(expected.paragraphCount);
    expect(article.paragraphs[0].text.startsWith(expected.firstParagraphStartsWith)).toBe(true);
    expect(article.paragraphs.at(-1)?.text.startsWith(expected.lastParagraphStartsWith)).toBe(true);
    for (const p of article.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
  });

  it("separates captions, footer and related stories from the body", () => {
    expect(article.captions.map(({ text, credit }) => ({ text, credit }))).toEqual(
      expected.captions,
    );
    for (const c of article.captions) expect(input.slice(c.start, c.end)).toBe(c.text);
    expect(article.footer).toEqual(expected.footer);
    expect(article.relatedStories).toHaveLength(expected.relatedStoryCount);
    expect(article.relatedStories[0].title).toBe(expected.firstRelatedStoryTitle);
    const body = article.paragraphs.map((p) => p.text).join("\n");
    for (const c of article.captions) expect(body).not.toContain(c.text);
    for (const line of expected.footer) expect(body).not.toContain(line);
    for (const story of article.relatedStories) {
      expect(body).not.toContain(story.title);
      if (story.summary) expect(body).not.toContain(story.summary);
    }
  });
});
