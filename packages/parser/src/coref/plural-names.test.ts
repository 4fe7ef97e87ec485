import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";

function whoSaid(paragraphs: string[], start: string) {
  const parsed = parseArticle(`A headline for the test\n\n${paragraphs.join("\n\n")}`);
  // A tag may split a statement ("Most of the money, they promise, will go back …"): any part.
  const q = parsed.quotes.find((x) => x.text.includes(start));
  return (
    q && ((q.speakerId && parsed.people.find((p) => p.id === q.speakerId)?.name) || q.speakerLabel)
  );
}

describe("“they” after a plural name", () => {
  it("is the party or team named as the subject just before", () => {
    const who = whoSaid(
      ["The Greens believe they can sell the levy as fair; they say their polling shows support."],
      "their polling",
    );
    expect(who).toBe("the Greens");
  });

  it("is the group whose hopes the sentence before spoke of", () => {
    const who = whoSaid(
      [
        "Key to the Tories’ hopes is the rebate. Most of the money, they promise, will go back to families.",
      ],
      "will go back",
    );
    expect(who).toBe("the Tories");
  });

  it("stays with a voice that spoke in the same sentence as the name", () => {
    const who = whoSaid(
      [
        "Officials in the Maple Leafs front office said the deal was close. They said the Flames had not replied.",
      ],
      "the Flames",
    );
    expect(who).not.toBe("the Maple Leafs");
  });
});

describe("“the team”", () => {
  it("is the plural name the paragraph gave the team", () => {
    const who = whoSaid(
      [
        "The Otters lost their best scorer in the trade. He was cleared to play on Thursday. The team posted a photo of him with two words: “Back again.”",
      ],
      "Back again",
    );
    expect(who).toBe("the Otters");
  });
});

describe("a time phrase between subject and verb", () => {
  it("does not hide the subject (“Jane Roe earlier this week called …”)", () => {
    const who = whoSaid(
      [
        "Harbour councillor Elin Dahl earlier this week called the ferry plan a “fantasy” on the radio.",
      ],
      "fantasy",
    );
    expect(who).toBe("Elin Dahl");
  });
});

describe("calling that is no statement", () => {
  it("“called off” and “called an emergency meeting” report no words", () => {
    const parsed = parseArticle(
      "A headline for the test\n\nThe board called off the vote on Friday. The mayor called an emergency meeting to discuss the flood.",
    );
    expect(parsed.quotes).toEqual([]);
  });
});
