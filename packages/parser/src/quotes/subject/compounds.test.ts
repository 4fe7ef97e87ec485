import { describe, expect, it } from "vitest";
import { quotesOf } from "../test-helpers.ts";

const whoSaid = (body: string, start: string) =>
  quotesOf(body).find((q) => q.text.startsWith(start))?.who;

describe("subject phrases around hyphens and dotted abbreviations", () => {
  it("reads a hyphenated compound before the speaker as part of the phrase", () => {
    const body = [
      "“Nobody here trusts the new schedule,” said Halifax-based union organizer Greta Lindqvist.",
      "Hard-nosed negotiators are warning that the talks could fail.",
    ].join("\n\n");
    expect(whoSaid(body, "Nobody here trusts")).toBe("Greta Lindqvist");
    expect(whoSaid(body, "the talks could fail")).toBe("Hard-nosed negotiators");
  });

  it("never takes a participle inside a compound adjective for the verb of a subject", () => {
    const body =
      "In May, the brewery posted lower-than-forecast sales, and said it would close two plants.";
    expect(whoSaid(body, "it would close")).toBe("the brewery");
  });

  it("keeps a party tag with dotted state initials inside the sentence and the appositive", () => {
    const body = [
      "Rep. Nora Ellery, D-N.M., said the water bill would pass in June.",
      "Sen. Walt Brummer, R-S.D., a farm-state veteran, said the subsidy was overdue.",
    ].join("\n\n");
    expect(whoSaid(body, "the water bill")).toBe("Nora Ellery");
    expect(whoSaid(body, "the subsidy was overdue")).toBe("Walt Brummer");
  });

  it("keeps a name in capitals with an inner dot in one sentence ('RADIO.FM88')", () => {
    const body =
      "A county judge scolded WAVE.FM88 on Monday, saying the station had been “stalling for months” to keep its members in the dark.";
    expect(whoSaid(body, "the station had been")).toBe("A county judge");
  });

  it("reads a name that only modifies a noun as a description, not the body it names", () => {
    const quotes = quotesOf(
      "A Court of Appeal of Manitoba judge said on Monday the ferry operator had ignored two orders.",
    );
    expect(quotes[0]).toMatchObject({ who: "A Court of Appeal of Manitoba judge" });
    expect(quotes[0].speakerType).not.toBe("organization");
  });
});
