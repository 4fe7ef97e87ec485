import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

const partialWho = (body: string) =>
  quotesOf(body)
    .filter((q) => q.kind === "partial")
    .map((q) => [q.text, q.who]);

describe("“who” after a phrase with “of”", () => {
  it("stands for the person inside a phrase headed by a thing", () => {
    expect(
      partialWho(
        "Parents urged the board to refuse the backing of a former admiral who argued that schools should “train for war.”",
      ),
    ).toEqual([["train for war.", "a former admiral"]]);
  });

  it("stands for the whole phrase when a person heads it", () => {
    expect(
      partialWho(
        "Reporters met the director of the aquarium, who said the tanks were “nearly empty.”",
      ),
    ).toEqual([["nearly empty.", "the director of the aquarium"]]);
  });
});
