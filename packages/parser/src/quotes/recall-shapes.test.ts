import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

describe("reported clauses the rules used to miss", () => {
  it("reads a clause whose -s verb the tagger took for a noun", () => {
    const [q] = quotesOf("Professor Lena Varga said the tax on fuel yields more revenue.");
    expect(q).toMatchObject({ text: "the tax on fuel yields more revenue", who: "Lena Varga" });
  });

  it("reads 'according to' after a conjunction or a colon that opens the sentence", () => {
    const [a] = quotesOf("But according to two pilots, the runway lights failed twice.");
    expect(a).toMatchObject({
      text: "the runway lights failed twice",
      cue: { lemma: "according to" },
    });
    const [b] = quotesOf(
      "The count is close: According to harbor logs, the ferry ran late on 40 days.",
    );
    expect(b).toMatchObject({ text: "the ferry ran late on 40 days" });
  });

  it("takes a quantifier standing alone as the subject of 'said'", () => {
    const [q] = quotesOf(
      "Though the growers disliked the rules, most said on Friday that the harvest was safe.",
    );
    expect(q).toMatchObject({ text: "the harvest was safe", who: "most" });
  });
});
