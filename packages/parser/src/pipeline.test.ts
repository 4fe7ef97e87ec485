import { describe, expect, it } from "vitest";
import { parseArticle } from "./index.ts";

describe("parseArticle", () => {
  it("keeps offsets of every sentence token into the input", () => {
    const input = "Title here\n\n“It works,” she said.\n\nSecond paragraph.";
    const parsed = parseArticle(input);
    for (const p of parsed.article.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
  });
});
