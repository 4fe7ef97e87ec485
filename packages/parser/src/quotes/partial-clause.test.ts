import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

describe("a reported clause before its tag that closes on a quoted fragment", () => {
  const body =
    "Harbor master Ines Caro spoke to reporters. The new dredging fee will be a “windfall for the big shippers,” Caro said on Thursday.";

  it("is reported whole as indirect, beside the partial quote", () => {
    const quotes = quotesOf(body);
    const clause = quotes.find((q) => q.kind === "indirect");
    const partial = quotes.find((q) => q.kind === "partial");
    expect(clause?.text).toContain("The new dredging fee will be a");
    expect(clause?.who).toBe("Ines Caro");
    expect(partial?.text).toContain("windfall for the big shippers");
    expect(partial?.statementId).toBe(clause?.statementId);
  });

  it("leaves a sentence that is all one quotation a direct quote", () => {
    const quotes = quotesOf(
      "Harbor master Ines Caro spoke to reporters. “The fee is a windfall for the big shippers,” Caro said.",
    );
    expect(quotes.map((q) => q.kind)).toEqual(["direct"]);
  });
});

describe("a partial quote whose speaker stands before an aside or an adverb", () => {
  it("takes the subject that opens the sentence, past a participle aside", () => {
    const quotes = quotesOf(
      "A port authority engineer, speaking on condition of anonymity to describe the survey, said on Monday that the breakwater “will not survive another winter like the last one.”",
    );
    const partial = quotes.find((q) => q.kind === "partial");
    expect(partial?.text).toContain("will not survive another winter");
    expect(partial?.who).toBe("A port authority engineer");
  });

  it("takes the subject past 'however' before the verb", () => {
    const quotes = quotesOf(
      "Councillor Ravi Okafor however said he would back the ferry line’s place in a “regional transit compact” next spring.",
    );
    expect(quotes.find((q) => q.kind === "partial")?.who).toBe("Ravi Okafor");
    expect(quotes.find((q) => q.kind === "indirect")?.text).toContain("he would back");
  });

  it("gives no one a scare-quoted word after a passive calling verb", () => {
    const quotes = quotesOf(
      "Dr. Lena Moss — a surgeon and radio host — has been called a fraud by fellow doctors for selling “miracle” diet pills.",
    );
    expect(quotes.filter((q) => q.text === "miracle")).toEqual([]);
  });
});
