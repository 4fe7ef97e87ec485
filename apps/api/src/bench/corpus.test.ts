import { storyHash } from "@whosaid/db";
import { parseArticle } from "@whosaid/parser";
import { describe, expect, it } from "vitest";
import { distinctCopy, loadSamples } from "./corpus.ts";

describe("distinctCopy", () => {
  it("makes every benchmark copy of a sample a story of its own", () => {
    const samples = loadSamples().filter((_, i) => i % 5 === 0);
    for (const sample of samples) {
      const [a, b] = ["Load marker a1.", "Load marker b2."].map((line) =>
        parseArticle(distinctCopy(sample.text, line), { format: "text" }),
      );
      expect(a.article.paragraphs.some((p) => p.text === "Load marker a1.")).toBe(true);
      const [ha, hb] = [storyHash(a), storyHash(b)];
      if (ha !== null) expect(ha).not.toBe(hb);
    }
  });
});
