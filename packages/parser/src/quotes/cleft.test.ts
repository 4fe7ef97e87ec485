import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

describe("a cleft sentence split by its tag", () => {
  it("is one statement, from 'It is' to the end", () => {
    const quotes = quotesOf(
      "It is on the governor’s watch, Senator Pia Lund said, that the ferry fleet has fallen apart.",
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text.startsWith("It is on the governor’s watch")).toBe(true);
    expect(quotes[0].text.endsWith("fallen apart")).toBe(true);
    expect(quotes[0].who).toBe("Pia Lund");
  });

  it("also after a conjunction that opens the sentence", () => {
    const quotes = quotesOf(
      "Senator Pia Lund spoke first. But it was the budget office, she said, that hid the shortfall.",
    );
    expect(quotes[0]?.text.startsWith("But it was the budget office")).toBe(true);
  });
});

describe("reported content around its tag", () => {
  it("goes on after the tag with a focusing phrase", () => {
    const quotes = quotesOf(
      "Lawyer Ana Reis spoke on Friday. Paying the fees can be almost impossible for some families, she said, especially those who arrived last year.",
    );
    expect(quotes[0]?.text.startsWith("Paying the fees")).toBe(true);
    expect(quotes[0]?.text.endsWith("arrived last year")).toBe(true);
  });

  it("opens with 'as' when a main clause follows the comma", () => {
    const quotes = quotesOf(
      "Chief Dana Rudd spoke on Friday. She said as officers entered the camp, one man locked himself to the gate.",
    );
    expect(quotes[0]).toMatchObject({ who: "Dana Rudd" });
    expect(quotes[0]?.text.startsWith("as officers entered the camp, one man")).toBe(true);
  });
});
