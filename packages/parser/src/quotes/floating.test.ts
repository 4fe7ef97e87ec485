import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

describe("floating quotations", () => {
  it("belong to the person the narration just introduced, in the same paragraph", () => {
    const quotes = quotesOf(
      "“The hall was packed every night,” said Petra Holm. Ivo Marsh took the stage last. “I never expected a crowd like that.”",
    );
    expect(quotes.find((q) => q.text.startsWith("I never"))?.who).toBe("Ivo Marsh");
    expect(quotes.find((q) => q.text.startsWith("The hall"))?.who).toBe("Petra Holm");
  });

  it("belong to the named subject of the paragraph before, also through an appositive", () => {
    const quotes = quotesOf(
      [
        "The harbour master, Lena Duarte, inspected the damaged pier on Sunday.",
        "“Nothing can dock here until the beams are replaced.”",
      ].join("\n\n"),
    );
    expect(quotes[0]).toMatchObject({ who: "Lena Duarte", kind: "direct" });
  });

  it("still continue the speaker of the quote before when no narration comes between", () => {
    const quotes = quotesOf(
      ["“We lost two boats,” said Omar Reed.", "“The insurers have not called back.”"].join("\n\n"),
    );
    expect(quotes.map((q) => q.who)).toEqual(["Omar Reed", "Omar Reed"]);
  });

  it("never take a sentence adverb or an introduction with a colon as their speaker", () => {
    const quotes = quotesOf(
      [
        "“The vote is close,” said Ada Brink. Nevertheless, the count went on. “We expect a result at midnight.”",
      ].join("\n\n"),
    );
    expect(quotes.find((q) => q.text.startsWith("We expect"))?.who).not.toBe("Nevertheless");
  });
});
