import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";

/** Quotes of a test article, each with `who`: the person's name, else the speaker label. */
function quotesOf(paragraphs: string[]) {
  const parsed = parseArticle(`A headline for the test\n\n${paragraphs.join("\n\n")}`);
  const names = new Map(parsed.people.map((p) => [p.id, p.name]));
  return parsed.quotes.map((q) => ({
    ...q,
    who: (q.speakerId && names.get(q.speakerId)) || q.speakerLabel,
  }));
}

describe("descriptions named afterwards", () => {
  it("give a spokeswoman's statement to the woman quoted by name next, not to her employer", () => {
    const quotes = quotesOf([
      "Premier Walter Dunmore toured the flooded valley on Sunday.",
      "A spokeswoman for Dunmore said the province will cover the repairs in full.",
      "“No family will pay for this out of pocket,” said Ingrid Solheim.",
    ]);
    const q = quotes.find((x) => x.text.startsWith("the province will cover"));
    expect(q?.who).toBe("Ingrid Solheim");
    expect(q?.speakerMention?.text).toBe("A spokeswoman for Dunmore");
  });

  it("give a role to the next speaker who holds it, when that speaker is new", () => {
    const quotes = quotesOf([
      "The ferry operator cancelled every crossing for the weekend.",
      "The port commissioner said the harbour would reopen on Tuesday.",
      "“We expect a full timetable after that,” port commissioner Oskar Lind said.",
    ]);
    expect(quotes.find((x) => x.text.startsWith("the harbour would"))?.who).toBe("Oskar Lind");
  });

  it("leave an organization's description to the organization", () => {
    const quotes = quotesOf([
      "Harbour police said the driver fled on foot.",
      "“He was found two hours later,” said police chief Daniel Forde.",
    ]);
    expect(quotes.find((x) => x.text.startsWith("the driver fled"))?.who).not.toBe("Daniel Forde");
  });
});

describe("speaker phrases", () => {
  it("read a surname in -ing after a title or a given name as a name", () => {
    const quotes = quotesOf([
      "Outside the hearing room, Ms. Manning said she and her neighbours were “relieved by the ruling.”",
    ]);
    expect(quotes.find((x) => x.kind === "partial")?.speakerMention?.text).toBe("Ms. Manning");
  });

  it("jump a relative clause on the last noun of an appositive chain", () => {
    const quotes = quotesOf([
      "On Monday, Clara Voss, the head of the Rivers Council, which speaks for the valley towns, urged the minister “to act before the spring melt.”",
    ]);
    expect(quotes.find((x) => x.kind === "partial")?.who).toBe("Clara Voss");
  });

  it("keep a hyphenated organization name whole", () => {
    const quotes = quotesOf([
      "Later that month, NRK-Holm applied for a review, arguing the fine was “plainly excessive.”",
    ]);
    expect(quotes.find((x) => x.kind === "partial")?.who).toBe("NRK-Holm");
  });

  it("never take the writer's “I” for a person of the story", () => {
    const quotes = quotesOf([
      "Tobias Renn runs the only bakery in the village.",
      "I asked him whether the new highway had hurt his trade.",
      "“Business has never been better,” he said.",
    ]);
    expect(quotes.find((x) => x.text.startsWith("Business"))?.who).toBe("Tobias Renn");
    expect(quotes.filter((x) => x.who === "Tobias Renn" && x.speakerMention?.text === "I")).toEqual(
      [],
    );
  });

  it("do not read a two-letter surname written first as a woman's given name", () => {
    const quotes = quotesOf([
      "Ministry spokesperson Lu Wenhao gave no details about the schedule. But he said more would be announced soon.",
    ]);
    expect(quotes.find((x) => x.text.startsWith("more would"))?.who).toBe("Lu Wenhao");
  });
});

describe("a description the next paragraph names as a subject", () => {
  it("takes the person introduced there with its role, before that person speaks", () => {
    const quotes = quotesOf([
      "A Court of Appeal of Manitoba judge scolded the ferry operator on Monday, saying it had been “dragging its feet” on repairs.",
      "Justice Imelda Quarrie ordered the operator to publish its inspection reports.",
    ]);
    expect(quotes[0]?.who).toBe("Imelda Quarrie");
  });

  it("keeps the head before a name's preposition and after a common noun's", () => {
    const quotes = quotesOf([
      "A spokeswoman for the Ministry of Health said the clinic would reopen in May.",
      "Dr. Walter Pim, the chief of surgery, ordered new beds.",
    ]);
    expect(quotes[0]?.who).not.toBe("Walter Pim");
  });
});
