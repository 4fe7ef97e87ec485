import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";

const quoted = (body: string) =>
  parseArticle(`A headline for the test\n\n${body}`)
    .quotes.filter((q) => q.kind !== "indirect")
    .map((q) => q.text);

describe("quotation marks that only name a thing", () => {
  it("are no one's quote: nicknames, 'so-called' terms, names before a noun", () => {
    expect(quoted('Union leader Teresa "Tess" Varga said the strike would go on.')).toEqual([]);
    expect(
      quoted('The mayor backed what became known as the "Harbor Plan" after critics complained.'),
    ).toEqual([]);
    expect(quoted('Jun Ito spoke at a "Main Street" town hall, aides said.')).toEqual([]);
  });

  it("are no one's quote: a long title in capitals, a show after a possessive", () => {
    expect(
      quoted(
        'A novelist, Ada Brennan, is the author of "Salt Roads: A Family History of the Northern Coast," a best seller.',
      ),
    ).toEqual([]);
    expect(
      quoted("“We were never told,” Ruth Ames said on Channel Four’s “Morning Desk” on Friday."),
    ).toEqual(["We were never told,"]);
  });

  it("keep a capitalized sentence and a name a speaker calls something", () => {
    expect(quoted("“That’s Nora Vance and Tim Holt,” the usher said.")).toEqual([
      "That’s Nora Vance and Tim Holt,",
    ]);
    expect(
      quoted("Grant Ellery called the governor “The Last Honest Man in the Capital.”"),
    ).toEqual(["The Last Honest Man in the Capital."]);
  });

  it("leave the words a speaker is reported to have used", () => {
    expect(quoted('The minister called the budget "a quiet disaster" on Monday.')).toEqual([
      "a quiet disaster",
    ]);
  });
});
