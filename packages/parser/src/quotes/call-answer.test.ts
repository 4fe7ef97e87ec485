import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

const indirect = (body: string) =>
  quotesOf(body)
    .filter((q) => q.kind === "indirect")
    .map((q) => ({ text: q.text, who: q.who }));

describe("naming verbs with an object and its complement", () => {
  it("reads 'call' tagged as a noun before an object pronoun as the verb", () => {
    expect(indirect("Some 58 percent call him reckless.")).toEqual([
      { text: "him reckless", who: "Some 58 percent" },
    ]);
    expect(indirect("Many ferry workers call it the slowest crossing in Norway.")).toEqual([
      { text: "it the slowest crossing in Norway", who: "Many ferry workers" },
    ]);
  });

  it("takes the progressive 'is calling' as active, not passive", () => {
    expect(indirect("The harbour master is calling the new levy a gift to shipowners.")).toEqual([
      { text: "the new levy a gift to shipowners", who: "The harbour master" },
    ]);
  });
});

describe("short answers and unnamed records", () => {
  it("keeps a one-word answer after a speech verb", () => {
    const found = indirect("Asked whether the ferry should run at night, 61 percent said yes.");
    expect(found).toContainEqual({ text: "yes", who: "61 percent" });
  });

  it("reads projections and analyses as sources", () => {
    expect(
      indirect("Projections suggest the toll would raise four million crowns a year."),
    ).toEqual([{ text: "the toll would raise four million crowns a year", who: "Projections" }]);
  });
});
