import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Doc } from "../src/doc.ts";
import { ParseError, type ParseOptions, parseArticle, stages } from "../src/index.ts";
import { normalize } from "../src/stages/normalize.ts";
import { mutatedArticle, mutatedPage, NASTY } from "./arbitraries.ts";

// Property-based checks (issue 8): whatever the text, the parser either fails with a ParseError
// or returns spans whose offsets hold: text.slice(start, end) === span.text.

/** Runs the pipeline stage by stage, to see the sentences and tokens too. */
function runStages(input: string, options: ParseOptions = {}): Doc | ParseError {
  try {
    let doc = normalize(input, options);
    for (const stage of stages) doc = stage(doc);
    return doc;
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
}

function checkSpan(
  text: string,
  span: { text: string; start: number; end: number },
  what: string,
): void {
  if (
    !(span.start >= 0 && span.start <= span.end && span.end <= text.length) ||
    text.slice(span.start, span.end) !== span.text
  ) {
    throw new Error(
      `${what} [${span.start}, ${span.end}) does not match its text ${JSON.stringify(span.text.slice(0, 60))}`,
    );
  }
}

function checkDoc(doc: Doc): void {
  const t = doc.text;
  doc.article.paragraphs.forEach((p, i) => {
    checkSpan(t, p, `paragraph ${i}`);
  });
  doc.article.captions.forEach((c, i) => {
    checkSpan(t, c, `caption ${i}`);
  });
  for (const s of doc.sentences) {
    checkSpan(t, s, "sentence");
    for (const token of s.tokens) checkSpan(t, token, "token");
  }
  for (const p of doc.people) for (const m of p.mentions) checkSpan(t, m, `mention of ${p.name}`);
  for (const q of doc.quotes) {
    checkSpan(t, q, `quote ${q.id}`);
    if (q.speakerMention) checkSpan(t, q.speakerMention, `speaker of ${q.id}`);
  }
  for (const d of doc.dates) checkSpan(t, d, "date");
  for (const p of doc.places) for (const m of p.mentions) checkSpan(t, m, `place ${p.name}`);
}

describe("parser robustness (fast-check)", { timeout: 120_000 }, () => {
  it("keeps every offset valid on mutated articles, or fails with a ParseError", () => {
    const outcomes = { parsed: 0, errors: 0, sentences: 0 };
    fc.assert(
      fc.property(mutatedArticle, (input) => {
        const result = runStages(input);
        if (result instanceof ParseError) {
          outcomes.errors++;
          return;
        }
        outcomes.parsed++;
        outcomes.sentences += result.sentences.length;
        checkDoc(result);
      }),
      { numRuns: 150 },
    );
    // Most mutants must still be articles, or the property would test nothing.
    expect(outcomes.parsed).toBeGreaterThan(outcomes.errors);
    expect(outcomes.sentences).toBeGreaterThan(0);
  });

  it("keeps every offset valid on mutated web pages, or fails with a ParseError", () => {
    let parsed = 0;
    fc.assert(
      fc.property(mutatedPage, (page) => {
        const result = runStages(page, { format: "html" });
        if (result instanceof ParseError) return;
        parsed++;
        expect(result.format).toBe("html");
        checkDoc(result);
      }),
      { numRuns: 40 },
    );
    expect(parsed).toBeGreaterThan(20);
  });

  it("never throws anything but ParseError on arbitrary strings", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc
        .array(
          fc.oneof(
            fc.constantFrom(...NASTY.filter((s) => s.length < 100)),
            fc.string({ maxLength: 30 }),
          ),
          { maxLength: 40 },
        )
        .map((parts) => parts.join(" ")),
    );
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom(undefined, "text" as const, "html" as const),
        (input, format) => {
          try {
            const parsed = parseArticle(input, { format });
            for (const p of parsed.article.paragraphs) checkSpan(parsed.text, p, "paragraph");
            for (const q of parsed.quotes) checkSpan(parsed.text, q, "quote");
            // The pipeline turns a crashing stage into a warning; here that still counts as a bug.
            expect(parsed.warnings.filter((w) => w.includes("internal error"))).toEqual([]);
          } catch (error) {
            expect(error).toBeInstanceOf(ParseError);
          }
        },
      ),
      {
        numRuns: 300,
        examples: [
          ["valueOf", undefined],
          ["constructor", "text"],
          ["__proto__ hasOwnProperty", undefined],
          ["A title\n\nShe said that", "text"],
        ],
      },
    );
  });
});
