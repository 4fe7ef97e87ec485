import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";
import { quotesOf } from "./test-helpers.ts";

const reported = (body: string) =>
  quotesOf(body)
    .filter((q) => q.kind === "indirect")
    .map((q) => q.text);

describe("the listener of 'tell' is no statement", () => {
  it("reads the clause after a listener with an article", () => {
    expect(reported("Okafor told the harbor board the dredging would start in April.")).toEqual([
      "the dredging would start in April",
    ]);
    expect(reported("Okafor told a local radio station on Friday she would run again.")).toEqual([
      "she would run again",
    ]);
  });

  it("reports nothing when only a listener and where or when follow", () => {
    expect(reported("Okafor told the radio station after the hearing, which ran late.")).toEqual(
      [],
    );
    expect(reported("Okafor told KXRT in a written statement.")).toEqual([]);
  });

  it("keeps what a listener is told to do", () => {
    expect(reported("The mayor told the crowd to stay off the pier.")).toEqual([
      "the crowd to stay off the pier",
    ]);
  });
});

describe("'called' that names a thing", () => {
  it("is no statement after an indefinite noun phrase", () => {
    expect(reported("A new fund called Harbor Futures is raising money for the pier.")).toEqual([]);
  });

  it("still reports what a speaker called something", () => {
    expect(reported("The union called the pier plan a waste of money.")).toHaveLength(1);
  });
});

describe("verbs that report no statement without quotation marks", () => {
  it("reads no statement from agreeing, concluding, revealing or wondering", () => {
    expect(reported("The harbor panel concluded that the old pier was unsafe.")).toEqual([]);
    expect(reported("Both unions agreed that the talks would resume in May.")).toEqual([]);
    expect(reported("The audit revealed that two ferries had skipped inspections.")).toEqual([]);
    expect(reported("Okafor wondered whether the ferry would ever run on time.")).toEqual([]);
  });

  it("still attributes a quotation such a verb tags", () => {
    const [q] = quotesOf("“The old pier is unsafe,” the engineer Ida Brandt concluded.");
    expect(q).toMatchObject({ kind: "direct", text: "The old pier is unsafe," });
    expect(q.who).toBe("Ida Brandt");
  });
});

describe("a listener with a hyphenated name and its place", () => {
  it("reports the clause after 'told The Herald-Courier of Tromsø last week'", () => {
    const found = reported(
      "Rolf Aune, a former pilot, told The Herald-Courier of Tromsø last week he would sell his boat.",
    );
    expect(found).toEqual(["he would sell his boat"]);
  });
});

describe("listeners before the content (round 5)", () => {
  it("leaves out a bare plural listener before a clause whose subject is 'this'", () => {
    const texts = parseArticle(
      "The ferry board met on Monday.\n\nPort director Mara Quint told dockworkers this was the final season of overtime cuts.",
    ).quotes.map((q) => q.text);
    expect(texts).toContain("this was the final season of overtime cuts");
  });

  it("keeps the noun when no clause's subject follows it ('told stories of how …')", () => {
    const texts = parseArticle(
      "The ferry board met on Monday.\n\nMara Quint told stories of how the old pier had flooded twice.",
    ).quotes.map((q) => q.text);
    expect(texts.some((t) => t.startsWith("of how"))).toBe(false);
  });

  it("ends a headline's capitalized listener at a pronoun that opens the content", () => {
    const headline = "Mara Quint Tells Harbor Pilots They Will Keep Night Shifts.";
    const parsed = parseArticle(
      `${headline}\n\nPort director Mara Quint met the pilots on Monday.`,
    );
    const q = parsed.quotes.find((x) => x.start < headline.length);
    expect(q).toMatchObject({ text: "They Will Keep Night Shifts", cue: { text: "Tells" } });
  });
});
