import { describe, expect, it } from "vitest";
import { quotesOf } from "../test-helpers.ts";

describe("abstract nouns as subjects of speech verbs", () => {
  it("never makes an abstract noun inside a statement the speaker of its own piece", () => {
    const body =
      "The steady erosion of the continental shelf also explains the mild winters along the coast, Okonkwo said.";
    const quotes = quotesOf(body);
    expect(quotes.map((q) => q.who)).not.toContain("The steady erosion of the continental shelf");
    expect(quotes.map((q) => q.who)).not.toContain("the continental shelf");
    expect(quotes.some((q) => q.who === "Okonkwo")).toBe(true);
  });

  it("gives the words to the people after 'of' or 'with', not to the abstract head", () => {
    const body =
      "Conversations with local shopkeepers, who say the parking fees drive customers away, went on for weeks.";
    const q = quotesOf(body).find((x) => x.text.startsWith("the parking fees"));
    expect(q?.who).toBe("local shopkeepers");
  });

  it("still lets organizations and groups with such endings speak", () => {
    const body = [
      "The teachers' federation said the new curriculum was rushed.",
      "The opposition argued that the budget hid a deficit.",
    ].join("\n\n");
    const who = quotesOf(body).map((q) => q.who);
    expect(who).toContain("The teachers' federation");
    expect(who).toContain("The opposition");
  });
});
