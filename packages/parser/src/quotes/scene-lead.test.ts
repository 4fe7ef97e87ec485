import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

describe("the words before a tag that a quotation follows", () => {
  it("are no statement when they only set the scene", () => {
    const quotes = quotesOf(
      'When the ferry vote had failed in Brask, Councillor Ada Penn said, "We lost the harbour." Speaking to dockworkers who had gathered at the pier, Penn said, "Nobody will be laid off."',
    );
    expect(quotes.filter((q) => q.kind === "indirect")).toEqual([]);
    expect(quotes.filter((q) => q.kind === "direct").map((q) => q.who)).toEqual([
      "Ada Penn",
      "Ada Penn",
    ]);
  });

  it("are a statement when they are a clause of their own", () => {
    const quotes = quotesOf(
      'The levy is dead, Councillor Ada Penn said, "and nobody will miss it."',
    );
    const [lead] = quotes.filter((q) => q.kind === "indirect");
    expect(lead).toMatchObject({ text: "The levy is dead", who: "Ada Penn" });
  });
});
