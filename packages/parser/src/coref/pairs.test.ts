import { describe, expect, it } from "vitest";
import { quotesOf } from "../quotes/test-helpers.ts";

describe("'the couple' after two people named together", () => {
  it("is the pair, as written, in a relative clause after another statement", () => {
    const quotes = quotesOf(
      "Nora and Felix Haldane got a letter from the housing office saying the agency has doubts about the cottage, which the couple says they bought from a cousin in Tralee in 2019.",
    );
    const inner = quotes.find((q) => q.text.startsWith("they bought"));
    expect(inner).toMatchObject({ who: "Nora and Felix Haldane", speakerType: "group" });
  });

  it("is the pair in a later paragraph, and not a person named in between", () => {
    const quotes = quotesOf(
      [
        "Imre Sandor and Lotte Brandt opened a bakery on Quay Street in March.",
        "Business has been slow, according to Mayor Edwin Pask. The pair said they will stay open through the winter.",
      ].join("\n\n"),
    );
    expect(quotes.find((q) => q.text.startsWith("they will stay"))?.who).toBe(
      "Imre Sandor and Lotte Brandt",
    );
  });
});
