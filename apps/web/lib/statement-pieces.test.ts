import { describe, expect, it } from "vitest";
import { statementSegments } from "./statement-pieces";

const ARTICLE =
  "The mayor unveiled a plan on Monday, insisting that “the buses cannot wait” for federal money.";
const piece = (id: string, words: string) => {
  const start = ARTICLE.indexOf(words);
  return { id, text: words, start, end: start + words.length };
};

describe("statementSegments", () => {
  it("shows a lone piece as it is", () => {
    expect(statementSegments([piece("a", "the buses cannot wait")])).toEqual([
      { type: "text", text: "the buses cannot wait" },
    ]);
  });

  it("highlights nested pieces inside the longest, once", () => {
    const longest = piece(
      "a",
      "a plan on Monday, insisting that “the buses cannot wait” for federal money",
    );
    const middle = piece("b", "that “the buses cannot wait” for federal money");
    const partial = piece("c", "the buses cannot wait");
    expect(statementSegments([partial, middle, longest])).toEqual([
      { type: "text", text: "a plan on Monday, insisting that “" },
      { type: "nested", text: "the buses cannot wait" },
      { type: "text", text: "” for federal money" },
    ]);
  });

  it("joins pieces split by an attribution with a gap, in reading order", () => {
    const text = "“We open in May,” she said, “if the roof holds.”";
    const at = (w: string) => ({
      id: w,
      text: w,
      start: text.indexOf(w),
      end: text.indexOf(w) + w.length,
    });
    expect(statementSegments([at("if the roof holds."), at("We open in May,")])).toEqual([
      { type: "text", text: "We open in May," },
      { type: "gap" },
      { type: "text", text: "if the roof holds." },
    ]);
  });
});
