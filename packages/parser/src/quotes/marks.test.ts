import { describe, expect, it } from "vitest";
import { findMarkedSpans } from "./marks.ts";

const contents = (text: string) =>
  findMarkedSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe("findMarkedSpans", () => {
  it("finds quotes in curly, straight, guillemet, low-9 and doubled-apostrophe marks", () => {
    expect(contents("“One,” he said. \"Two.\" «Trois» „Vier“ ''Five''")).toEqual([
      "One,",
      "Two.",
      "Trois",
      "Vier",
      "Five",
    ]);
  });

  it("never takes apostrophes for quotation marks", () => {
    expect(
      contents("Kyiv’s forces say they’ll hold the ‘line’ and the Russians’ plans fail."),
    ).toEqual(["line"]);
  });

  it("accepts mixed and wrong-way closing marks", () => {
    expect(contents("“It's unusual,\" said Noble. “It's hard,“ he added.")).toEqual([
      "It's unusual,",
      "It's hard,",
    ]);
  });

  it("keeps brackets inside and marks an unclosed quote as running on", () => {
    const text = "“He [Putin] hopes,” Tuck said. “The money is there.";
    const spans = findMarkedSpans(text, 0, text.length);
    expect(text.slice(spans[0].start, spans[0].end)).toBe("He [Putin] hopes,");
    expect(spans[1]).toMatchObject({ closed: false, end: text.length });
  });
});
