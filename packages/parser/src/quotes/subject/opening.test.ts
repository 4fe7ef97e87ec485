import { describe, expect, it } from "vitest";
import { quotesOf } from "../test-helpers.ts";

/** Indirect statements of a test article: text and speaker as written. */
const reported = (body: string) =>
  quotesOf(body)
    .filter((q) => q.kind === "indirect")
    .map((q) => ({ text: q.text, who: q.speakerMention?.text ?? null }));

describe("a subject phrase with modifiers before the cue", () => {
  it("takes the phrase that opens the sentence when a participle phrase follows it", () => {
    expect(
      reported(
        "A leaked draft of the budget seen by several council members says the pool will close.",
      ),
    ).toEqual([{ text: "the pool will close", who: "A leaked draft of the budget" }]);
    expect(
      reported("The crews of two trawlers stuck in the harbor said they want safer cranes."),
    ).toEqual([{ text: "they want safer cranes", who: "The crews of two trawlers" }]);
  });

  it("takes an approximate share of people as the subject", () => {
    expect(
      reported("About three in 10 tenants said the rent rose twice this year.")[0],
    ).toMatchObject({
      text: "the rent rose twice this year",
    });
    expect(reported("Just over a quarter, 26 percent, say they will move out.")[0]).toMatchObject({
      text: "they will move out",
    });
  });

  it("never takes a time phrase or a preposition for the subject", () => {
    expect(reported("Despite the storm, organizers said the regatta would go ahead.")).toEqual([
      { text: "the regatta would go ahead", who: "organizers" },
    ]);
  });

  it("reads an adverb of place between the subject and the cue", () => {
    expect(reported("Volunteers here said they have knocked on every door since June.")).toEqual([
      { text: "they have knocked on every door since June", who: "Volunteers" },
    ]);
  });
});

describe("the opening phrase past a dateline, a dash aside or a clause without its pronoun", () => {
  it("reads the subject after a wire dateline", () => {
    expect(
      reported("HARBORTON (AP) — A memo circulated on Monday said the ferry would stop in June."),
    ).toEqual([{ text: "the ferry would stop in June", who: "A memo" }]);
  });

  it("reads a subject set off by spaced hyphens", () => {
    expect(
      reported(
        "Dana Roe - the mayor's partner and co-host of her radio show - told the Ledger that the pier plan was dead.",
      ),
    ).toEqual([{ text: "the pier plan was dead", who: "Dana Roe" }]);
  });

  it("reads a subject with a relative clause that has no pronoun", () => {
    expect(
      reported("Several boat owners I have spoken with this month said the harbor fees doubled."),
    ).toEqual([{ text: "the harbor fees doubled", who: "Several boat owners" }]);
  });

  it("reads a past form the tagger took for a noun as the content's verb", () => {
    expect(
      reported("Tom Reyes, a councillor who opposes the plan, said the family deserved better."),
    ).toEqual([{ text: "the family deserved better", who: "Tom Reyes" }]);
  });
});

describe("relative clauses", () => {
  it("finds the speaker of 'who said' after a preposition", () => {
    const [q] = quotesOf(
      "The lease was signed with help from Harbour Commissioner Ines Valdrada, who said she expects the pier to reopen in May.",
    );
    expect(q).toMatchObject({ kind: "indirect", text: "she expects the pier to reopen in May" });
    expect(q.who).toBe("Ines Valdrada");
  });

  it("ends a restrictive relative clause's statement at the comma before the main clause", () => {
    expect(
      reported("Among those who said the ferry was their main worry, most backed the mayor."),
    ).toEqual([{ text: "the ferry was their main worry", who: "who" }]);
  });
});
