import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";

const BODY =
  "Port director Mara Quint met ferry crews on Tuesday. Quint has run the harbor since 2019.\n\n" +
  "The council will vote on the budget next month, a spokesman said.";

/** The statements a test article's headline holds, each with `who`: the person, else the label. */
function headlineQuotes(headline: string) {
  const parsed = parseArticle(`${headline}\n\n${BODY}`);
  const names = new Map(parsed.people.map((p) => [p.id, p.name]));
  return parsed.quotes
    .filter((q) => q.start < headline.length)
    .map((q) => ({ ...q, who: (q.speakerId && names.get(q.speakerId)) || q.speakerLabel }));
}

describe("headline statements", () => {
  it("reads 'X Says Y' in a headline's capitals, its speaker resolved to the body's person", () => {
    const [q, ...rest] = headlineQuotes("Quint Says Ferry Fares Will Rise In March.");
    expect(rest).toEqual([]);
    expect(q).toMatchObject({
      text: "Ferry Fares Will Rise In March",
      kind: "indirect",
      who: "Mara Quint",
      paragraph: -1,
      cue: { text: "Says", lemma: "say" },
    });
  });

  it("reads a headline in sentence case, and keeps the body's own statement", () => {
    const parsed = parseArticle(`Harbor board warns of longer queues\n\n${BODY}`);
    const texts = parsed.quotes.map((q) => q.text);
    expect(texts).toContain("of longer queues");
    expect(texts).toContain("The council will vote on the budget next month");
  });

  it("skips an adverb before the verb and leaves out a teaser after a dash", () => {
    const [q] = headlineQuotes("Quint Just Promised Free Rides For Students – Here's Why.");
    expect(q).toMatchObject({ text: "Free Rides For Students", who: "Mara Quint" });
  });

  it("makes no statement of a pronoun with nothing above it, nor of a headline without a verb", () => {
    expect(headlineQuotes("It Says A Great Deal About The Harbor.")).toEqual([]);
    expect(headlineQuotes("Ferry crews return after a long winter")).toEqual([]);
  });

  it("reads no headline when the first line is not the title", () => {
    const parsed = parseArticle(
      `date 2024-03-05 Quint Says Fares Will Rise\n\nQuint Says Fares Will Rise\n\n${BODY}`,
    );
    expect(parsed.article.title).toBe("Quint Says Fares Will Rise");
    expect(parsed.quotes.filter((q) => q.paragraph < 0)).toEqual([]);
  });
});
