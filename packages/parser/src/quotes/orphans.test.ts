import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

describe("quotations with no tag after a reported statement", () => {
  it("take the speaker of the indirect statement that ends the paragraph before", () => {
    const quotes = quotesOf(
      [
        "The ferry will run less often, and harbour commissioner Delia Prowse said the schedule will be cut in half until the new dock is ready.",
        "“Nobody wants this, but the old pilings will not hold another winter.”",
      ].join("\n\n"),
    );
    const own = quotes.find((q) => q.text.startsWith("Nobody wants"));
    expect(own).toMatchObject({ kind: "direct", who: "Delia Prowse" });
  });

  it("take the speaker of a statement with a partial quote in it", () => {
    const quotes = quotesOf(
      [
        "Councillor Ravi Okafor said the levy should be “shared fairly” by every ward in the district.",
        "“I will keep raising it, whoever chairs the committee.”",
      ].join("\n\n"),
    );
    expect(quotes.find((q) => q.text.startsWith("I will keep"))?.who).toBe("Ravi Okafor");
  });

  it("take the speaker of the statement in the sentence just before, in the same paragraph", () => {
    const quotes = quotesOf(
      "In a letter sent on Friday, Ms. Ilse Varga said her tenants would hold a vote next month. “The vote will decide who sits on the new board.”",
    );
    expect(quotes.find((q) => q.text.startsWith("The vote will"))?.who).toBe("Ilse Varga");
  });

  it("stay unattributed after plain narration with no statement", () => {
    const quotes = quotesOf(
      [
        "The storm closed every school in the valley on Tuesday, and the buses stayed in the depot.",
        "“Stay home and stay warm.”",
      ].join("\n\n"),
    );
    expect(quotes.find((q) => q.text.startsWith("Stay home"))).toBeUndefined();
  });

  it("a quotation ending in a quotation of its own is still a whole sentence", () => {
    const quotes = quotesOf(
      [
        "“People ask me, ‘Why should a farmer care about glaciers?’” said geologist Tomas Berg.",
        "“The answer is in every river they irrigate from.”",
      ].join("\n\n"),
    );
    expect(quotes[0]).toMatchObject({ kind: "direct", who: "Tomas Berg" });
    expect(quotes.find((q) => q.text.startsWith("The answer"))?.who).toBe("Tomas Berg");
  });
});

describe("a participle tag after an earlier quotation in the sentence", () => {
  it("shares the subject that opened the sentence", () => {
    const quotes = quotesOf(
      "Last spring, Ivo Marsh joined a rescue crew at sea. He voiced his “grief and anger” on a podcast, saying “Nobody should drown a mile from a harbour. I will go back next year.”",
    );
    expect(quotes.find((q) => q.text.startsWith("Nobody should"))?.who).toBe("Ivo Marsh");
  });
});
