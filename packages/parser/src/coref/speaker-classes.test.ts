import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";

/** Quotes of a test article, each with `who`: the person's name, else the speaker label. */
function quotesOf(body: string) {
  const parsed = parseArticle(`A headline for the test\n\n${body}`);
  const names = new Map(parsed.people.map((p) => [p.id, p.name]));
  return parsed.quotes.map((q) => ({
    ...q,
    who: (q.speakerId && names.get(q.speakerId)) || q.speakerLabel,
  }));
}

const whoSaid = (body: string, start: string) =>
  quotesOf(body).find((q) => q.text.startsWith(start))?.who;

describe("speaker error classes", () => {
  it("never take a photographer's credit line as the referent of a description", () => {
    const body = [
      "Open this photo in gallery Mayor Ines Koval at city hall. Dario Pell/The Canadian Press",
      "Transit fares will rise again, and the statistician says ridership could fall further.",
    ].join("\n\n");
    expect(whoSaid(body, "ridership could fall")).not.toBe("Dario Pell");
  });

  it("give a body owned by a named organization its own name", () => {
    const body = [
      "Farmers in the valley lost a third of their harvest to the drought.",
      "Yields will keep dropping unless water use changes, the World Bank’s agriculture panel says.",
    ].join("\n\n");
    expect(whoSaid(body, "Yields will keep dropping")).toBe("World Bank’s agriculture panel");
  });
});
