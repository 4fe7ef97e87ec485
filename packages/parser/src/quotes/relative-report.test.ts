import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

describe("a statement in a relative clause that closes another statement", () => {
  it("is the inner speaker's, even when its verb phrase is two words", () => {
    const quotes = quotesOf(
      "Officials said the county has had a string of barn fires in the past month that Fire Chief Dana Rudd said are unrelated.",
    );
    expect(quotes.find((q) => q.text === "are unrelated")?.who).toBe("Dana Rudd");
  });

  it("ends the outer statement before the relative clause", () => {
    const quotes = quotesOf(
      "Officials said the county has had a string of barn fires in the past month that Fire Chief Dana Rudd said are unrelated.",
    );
    const outer = quotes.find((q) => q.who === "Officials");
    expect(outer?.text).toBe("the county has had a string of barn fires in the past month");
  });

  it("leaves a complement clause after 'said that' whole", () => {
    const quotes = quotesOf("Mayor Ines Caro said that she said nothing wrong at the meeting.");
    expect(quotes.find((q) => q.who === "Ines Caro")?.text).toContain("she said nothing wrong");
  });
});

describe("a quotation inside a reported statement", () => {
  it("is the reporter's when the verb before it reports speech only with 'that'", () => {
    const quotes = quotesOf(
      "Chief Dana Rudd spoke on Friday. She said RCMP will maintain a patrol on the road this week and will then move to a “much lighter presence, one the town can live with.”",
    );
    const partial = quotes.find((q) => q.text.startsWith("much lighter"));
    expect(partial?.who).toBe("Dana Rudd");
  });

  it("still belongs to the subject of a verb that governs it directly", () => {
    const quotes = quotesOf("Councillor Ravi Okafor denied the “invented” figures on Tuesday.");
    expect(quotes.find((q) => q.text === "invented")?.who).toBe("Ravi Okafor");
  });
});
