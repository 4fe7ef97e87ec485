import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError, parseArticle } from "../index.ts";

// Word soup made of the pieces the quote rules look at, in any order.
const PIECES = [
  "said",
  "that",
  "“",
  "”",
  '"',
  "''",
  "‘",
  "he",
  "Smith",
  ",",
  ".",
  "according",
  "to",
  "told",
  "who",
  "—",
  "(",
  ")",
  "was",
  "asked",
  "by",
  "the",
  "officials",
  "saying",
  "-",
  "described",
  "as",
  ":",
  "\n\n",
  "and",
  "percent",
  "Six",
  "in",
  "Said",
];

describe("quotes on arbitrary text", () => {
  it("never fail inside, and keep every quote's offsets", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join(" ");
        try {
          const parsed = parseArticle(text);
          expect(parsed.warnings.filter((w) => w.startsWith("quotes"))).toEqual([]);
          for (const q of parsed.quotes) expect(parsed.text.slice(q.start, q.end)).toBe(q.text);
        } catch (error) {
          if (!(error instanceof ParseError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});
