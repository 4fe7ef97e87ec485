import { describe, expect, it } from "vitest";
import { segmentParagraph } from "./highlight";

const text = "He said “now is the time” to act, and more.";
const paragraph = { text, start: 100, end: 100 + text.length };
const at = (part: string) => 100 + text.indexOf(part);

describe("segmentParagraph", () => {
  it("marks a quote inside the paragraph by its article offsets", () => {
    const quote = { id: "q1", start: at("now"), end: at("” to") };
    const segments = segmentParagraph(paragraph, [quote]);
    expect(segments.map((s) => s.text)).toEqual([
      "He said “",
      "now is the time",
      "” to act, and more.",
    ]);
    expect(segments[1].quote).toBe(quote);
    expect(segments.map((s) => s.text).join("")).toBe(paragraph.text);
  });

  it("clips quotes that run past the paragraph and ignores others", () => {
    const spanning = { id: "q2", start: at("act"), end: 400 };
    const elsewhere = { id: "q3", start: 0, end: 50 };
    const segments = segmentParagraph(paragraph, [spanning, elsewhere]);
    expect(segments.map((s) => [s.text, s.quote?.id ?? null])).toEqual([
      ["He said “now is the time” to ", null],
      ["act, and more.", "q2"],
    ]);
  });

  it("lets the earlier quote win an overlap", () => {
    const a = { id: "a", start: 100, end: 110 };
    const b = { id: "b", start: 105, end: 115 };
    const texts = segmentParagraph(paragraph, [b, a]).map((s) => [s.text, s.quote?.id ?? null]);
    expect(texts).toEqual([
      ["He said “n", "a"],
      ["ow is", "b"],
      [" the time” to act, and more.", null],
    ]);
  });
});
