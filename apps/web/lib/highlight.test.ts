import { describe, expect, it } from "vitest";
import { layoutParagraph, type Piece } from "./highlight";

const text = "He said “now is the time” to act, and more.";
const paragraph = { text, start: 100, end: 100 + text.length };
const at = (part: string) => 100 + text.indexOf(part);

/** Pieces as [text, quote id, children] for readable expectations. */
function show(pieces: Piece<{ id: string }>[]): unknown[] {
  return pieces.map((p) => (typeof p === "string" ? p : [p.quote.id, show(p.pieces)]));
}

describe("layoutParagraph", () => {
  it("marks a quote inside the paragraph by its article offsets, keeping all the text", () => {
    const pieces = layoutParagraph(paragraph, [{ id: "q1", start: at("now"), end: at("” to") }]);
    expect(show(pieces)).toEqual(["He said “", ["q1", ["now is the time"]], "” to act, and more."]);
  });

  it("clips quotes that run past the paragraph and ignores others", () => {
    const pieces = layoutParagraph(paragraph, [
      { id: "q2", start: at("act"), end: 400 },
      { id: "q3", start: 0, end: 50 },
    ]);
    expect(show(pieces)).toEqual(["He said “now is the time” to ", ["q2", ["act, and more."]]]);
  });

  it("nests a quote inside another", () => {
    const pieces = layoutParagraph(paragraph, [
      { id: "partial", start: at("now"), end: at("” to") },
      { id: "indirect", start: at("now") - 1, end: at(", and") },
    ]);
    expect(show(pieces)).toEqual([
      "He said ",
      ["indirect", ["“", ["partial", ["now is the time"]], "” to act"]],
      ", and more.",
    ]);
  });

  it("cuts the later of two crossing quotes where the earlier ends", () => {
    const pieces = layoutParagraph(paragraph, [
      { id: "b", start: 105, end: 115 },
      { id: "a", start: 100, end: 110 },
    ]);
    expect(show(pieces)).toEqual([
      ["a", ["He said “n"]],
      ["b", ["ow is"]],
      " the time” to act, and more.",
    ]);
  });
});
