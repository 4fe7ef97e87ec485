import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";

/** Quotes of a test article, each with `who`: the person's name, else the speaker label. */
function quotesOf(body: string, header = "A headline for the test\n\n") {
  const parsed = parseArticle(`${header}${body}`);
  const names = new Map(parsed.people.map((p) => [p.id, p.name]));
  return parsed.quotes.map((q) => ({
    ...q,
    who: (q.speakerId && names.get(q.speakerId)) || q.speakerLabel,
  }));
}

describe("pronoun speakers", () => {
  it("take the most salient person of the right gender, not the last speaker", () => {
    const quotes = quotesOf(
      [
        "Harold Okafor, the council treasurer, said the budget would balance by March.",
        "Margaret Lindqvist, who chairs the parents' association, disagreed with the plan at the meeting.",
        "“We were never asked what the children need,” she said.",
      ].join("\n\n"),
    );
    const q = quotes.find((x) => x.text.startsWith("We were never asked"));
    expect(q?.who).toBe("Margaret Lindqvist");
    expect(q).toMatchObject({ speakerMentionKind: "pronoun", speakerType: "person" });
    expect(q?.speakerMention?.text).toBe("she");
  });

  it("read indirect statements in text order, so a later quote's pronoun finds its speaker", () => {
    const quotes = quotesOf(
      [
        "Councillor Peter Varga said the rules favour landlords over tenants.",
        "City planner Tomas Reyes told reporters the rental vacancy rate fell to one per cent last year.",
        "“Nobody should have to move three times in a year,” he said.",
      ].join("\n\n"),
    );
    expect(quotes.find((x) => x.text.startsWith("Nobody should"))?.who).toBe("Tomas Reyes");
  });

  it("never give a quote to the byline's author", () => {
    const quotes = quotesOf(
      "Karl Brenner, the port's director, said traffic doubled.\n\n“It has been a record year for us,” she said.",
      "Port traffic doubles\n\nBy Julia Marsh\n\n",
    );
    expect(quotes.find((x) => x.text.startsWith("It has been"))?.who).not.toBe("Julia Marsh");
  });
});

describe("described speakers", () => {
  it("link a role to the person named with it earlier", () => {
    const quotes = quotesOf(
      [
        "Health Minister Daniela Rossi announced new funding for rural clinics on Monday.",
        "The money will pay for 40 nurses, the minister said.",
      ].join("\n\n"),
    );
    const q = quotes.find((x) => x.text.startsWith("The money"));
    expect(q).toMatchObject({ who: "Daniela Rossi", speakerMentionKind: "nominal" });
    expect(q?.speakerMention?.text).toBe("the minister");
  });

  it("link 'the company' and 'it' to the organization that spoke before", () => {
    const quotes = quotesOf(
      [
        "Northwind Energy Inc. said its profit rose 12 per cent in the quarter.",
        "The company said it would hire 200 workers next year.",
        "“Demand has never been stronger,” it said.",
      ].join("\n\n"),
    );
    for (const q of quotes) {
      expect(q).toMatchObject({ speakerId: null, speakerType: "organization" });
      expect(q.who).toBe("Northwind Energy Inc.");
    }
  });

  it("spell out an acronym from its full name in the article", () => {
    const quotes = quotesOf(
      [
        "The family wrote to Refugees and Migration Services Canada in March.",
        "RMSC said the application was still under review.",
      ].join("\n\n"),
    );
    const q = quotes.find((x) => x.text.startsWith("the application"));
    expect(q).toMatchObject({ speakerType: "organization" });
    expect(q?.who).toBe("Refugees and Migration Services Canada");
    expect(q?.speakerMention?.text).toBe("RMSC");
  });

  it("keep an unnamed source unnamed", () => {
    const quotes = quotesOf(
      [
        "Mayor Lena Fischer opened the new bridge on Friday.",
        "A city official said the bridge cost $40 million.",
        "The official said the work would finish in May.",
      ].join("\n\n"),
    );
    expect(quotes.map((q) => q.who)).not.toContain("Lena Fischer");
  });

  it("call a plural source a group and a spokesperson an unnamed person", () => {
    const quotes = quotesOf(
      [
        "Senior officials said the talks would resume next week.",
        "A spokesperson for the ministry said the talks would resume in May.",
      ].join("\n\n"),
    );
    expect(quotes.map((q) => [q.who, q.speakerType])).toEqual([
      ["Senior officials", "group"],
      ["A spokesperson for the ministry", null],
    ]);
  });
});

describe("gender and organizations from the phrase", () => {
  it("reads a man's gender from a kinship noun before his name", () => {
    const quotes = quotesOf(
      [
        "Maja Lindqvist, a nurse, moved to Halifax in 2017 with her husband Ozren Vukotic.",
        "Vukotic said the port job pays well.",
        "“The first winter was the hardest,” she said.",
      ].join("\n\n"),
    );
    expect(quotes.find((q) => q.text.startsWith("The first winter"))?.who).toBe("Maja Lindqvist");
  });

  it("keeps an organization named by a whole phrase as the organization", () => {
    const quotes = quotesOf(
      "The Northern Council for Fisheries said the quota cuts would close three plants.",
    );
    expect(quotes[0]).toMatchObject({
      who: "Northern Council for Fisheries",
      speakerType: "organization",
    });
  });
});
