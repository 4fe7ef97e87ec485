import { describe, expect, it } from "vitest";
import { quotesOf } from "./test-helpers.ts";

describe("direct quotes", () => {
  it("attributes a quote to the speaker after it, in any quotation marks", () => {
    for (const [open, close] of [
      ["“", "”"],
      ['"', '"'],
      ["«", "»"],
      ["„", "“"],
    ]) {
      const [q] = quotesOf(
        `${open}We will rebuild the bridge by spring,${close} said Anna Kowalczyk, the town's mayor.`,
      );
      expect(q.text).toBe("We will rebuild the bridge by spring,");
      expect(q.kind).toBe("direct");
      expect(q.who).toBe("Anna Kowalczyk");
      expect(q.cue).toEqual({ text: "said", lemma: "say" });
    }
  });

  it("finds the speaker before the quote and after a long appositive", () => {
    const [q] = quotesOf(
      "Paul Odhiambo, who chairs the regional water board, countered that “nobody has asked the farmers what they need.”",
    );
    expect(q.who).toBe("Paul Odhiambo");
    expect(q.cue?.lemma).toBe("counter");
  });

  it("keeps editorial brackets and joins a quote split around its attribution", () => {
    const qs = quotesOf(
      "“She [the minister] knew it,” Quillfeather added, “because the report was on her desk.”",
    );
    expect(qs.map((q) => q.text)).toEqual([
      "She [the minister] knew it,",
      "because the report was on her desk.",
    ]);
    expect(qs[0].statementId).toBe(qs[1].statementId);
    expect(qs.every((q) => q.kind === "direct" && q.who === "Quillfeather")).toBe(true);
  });

  it("finds the speaker named after a participial clause and after a dash", () => {
    const [a] = quotesOf(
      "“Prices will keep rising,” warning of a hard winter ahead, said Lena Berg, an economist.",
    );
    expect(a.who).toBe("Lena Berg");
    const [b] = quotesOf("“The hearing is adjourned until Monday.” — Commissioner Dana Whitfield");
    expect(b.who).toBe("Dana Whitfield");
  });

  it("resolves a pronoun to the last speaker and continues a bare quote paragraph", () => {
    const qs = quotesOf(
      "“The plan is sound,” said Tomas Varga, a planner.\n\n“We start in June,” he added.\n\n“And we will finish on time.”",
    );
    expect(qs).toHaveLength(3);
    expect(qs[1].who).toBe("Tomas Varga");
    expect(qs[1].speakerMention?.text).toBe("he");
    expect(qs[2].who).toBe("Tomas Varga");
  });

  it("runs a quote over paragraphs when the first paragraph does not close it", () => {
    const qs = quotesOf(
      "“We have waited long enough,” Mayor Ines Roth said. “The money is there.\n\n“Now we need the permits.”",
    );
    expect(qs).toHaveLength(3);
    expect(qs[2].who).toBe("Ines Roth");
    expect(qs[2].statementId).toBe(qs[1].statementId);
  });

  it("takes “And from Chairwoman X:” as the speaker of the next quote", () => {
    const [q] = quotesOf("And from Chairwoman Maria Olsen: “This budget protects our schools.”");
    expect(q.who).toBe("Maria Olsen");
  });
});

describe("partial quotes and unnamed sources", () => {
  it("keeps a fragment governed by a speech verb and drops scare quotes", () => {
    const qs = quotesOf(
      "The senator described the bill as a “giveaway to insurers” on Monday. The so-called “reform” stalled.",
    );
    const quoted = qs.filter((q) => q.kind !== "indirect");
    expect(quoted).toHaveLength(1);
    expect(quoted[0]).toMatchObject({ kind: "partial", text: "giveaway to insurers" });
    // The framed object is reported as the statement around the quoted words.
    const framed = qs.find((q) => q.kind === "indirect");
    expect(framed).toMatchObject({
      text: "the bill as a “giveaway to insurers”",
      statementId: quoted[0].statementId,
    });
  });

  it("labels an unnamed source and takes its country from the label", () => {
    const [q] = quotesOf("“The talks are stuck,” a senior U.S. official said on Twitter.");
    expect(q).toMatchObject({
      speakerId: null,
      speakerLabel: "a senior U.S. official",
      speakerCountry: "US",
      channel: "Twitter",
    });
  });
});
