import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Doc } from "../src/doc.ts";
import { ParseError, type ParseOptions, parseArticle, stages } from "../src/index.ts";
import { normalize } from "../src/stages/normalize.ts";

// Property-based checks (issue 8): whatever the text, the parser either fails with a ParseError
// or returns spans whose offsets hold: text.slice(start, end) === span.text.

const seed = readFileSync(
  join(import.meta.dirname, "fixtures", "000_af0f069f709f29ef.txt"),
  "utf8",
);
const wikinews = readFileSync(
  join(import.meta.dirname, "..", "..", "..", "samples", "wikinews.jsonl"),
  "utf8",
)
  .split("\n")
  .filter(Boolean)
  .slice(0, 40)
  .map((l) => (JSON.parse(l) as { text: string }).text.slice(0, 4000));
const bases = [seed, ...wikinews];

const NASTY = [
  '"',
  "“",
  "”",
  "«",
  "»",
  "„",
  "'",
  "‘",
  "’",
  '""',
  "“nested “inner” quote”",
  '"unclosed',
  "» reversed «",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\r",
  "\r\n",
  "\n",
  "\n\n",
  "\n \n.\n",
  "\t",
  "\u00a0",
  "\u200b",
  "\ufeff",
  "\ud800",
  "\udfff",
  "😀👍🏽",
  "Привет, мир",
  "中文字符测试",
  "مرحبا بالعالم",
  "שלום",
  "(",
  ")",
  "(Jane Roe / AP)",
  "Image: Sam Poe.",
  "\nRecommended Stories\n",
  "\ndate 2020-01-01 A title\n",
  "\n·5 min read\n",
  "\nBy Jane Roe and John Doe\n",
  "\nThis article was originally published on Example.com\n",
  "\nFriday, January 4, 2019\n",
  "x".repeat(20_000),
  `${"word ".repeat(4_000)}\n`,
  "<p>",
  "</div>",
  // Words that are also Object.prototype keys trip lookups in plain-object word lists.
  " constructor ",
  " valueOf ",
  " __proto__ ",
  " toString ",
  " hasOwnProperty ",
  // Text cut short in the middle of reported speech.
  "\n\nShe said that",
  " He also claimed that",
];

type Mutation = (text: string) => string;

const at = (text: string, n: number) => (text.length === 0 ? 0 : n % (text.length + 1));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...NASTY)).map(
    ([n, s]): Mutation =>
      (t) =>
        t.slice(0, at(t, n)) + s + t.slice(at(t, n)),
  ),
  fc.tuple(fc.nat(), fc.string({ unit: "binary", maxLength: 40 })).map(
    ([n, s]): Mutation =>
      (t) =>
        t.slice(0, at(t, n)) + s + t.slice(at(t, n)),
  ),
  fc.tuple(fc.nat(), fc.nat({ max: 2_000 })).map(
    ([n, len]): Mutation =>
      (t) =>
        t.slice(0, at(t, n)) + t.slice(at(t, n) + len),
  ),
  fc.nat().map(
    (n): Mutation =>
      (t) =>
        t.slice(0, at(t, n)),
  ),
  fc.constant<Mutation>((t) => t.replace(/\n\s*\n/g, "\n")),
  fc.constant<Mutation>((t) => t.replace(/[“”]/g, '"')),
  fc.constant<Mutation>((t) => t.replace(/\n/g, " ")),
  fc.tuple(fc.nat(), fc.nat({ max: 500 })).map(
    ([n, len]): Mutation =>
      (t) =>
        t.slice(0, at(t, n)) + t.slice(at(t, n), at(t, n) + len).repeat(3) + t.slice(at(t, n)),
  ),
);

const mutatedArticle = fc
  .tuple(fc.constantFrom(...bases), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([base, mutations]) => mutations.reduce((t, m) => m(t), base));

const TAGS = [
  "<div>",
  "</div>",
  "<p>",
  "</p>",
  "<br>",
  "<br><br>",
  "<script>var a = '<p>';</script>",
  "<!-- x",
  "-->",
  "<![CDATA[",
  "<figure><figcaption>A caption (A B / AP)</figcaption></figure>",
  "<h1>",
  "<time datetime='2020-02-30'>",
  "&amp;",
  "&#0;",
  "&nbsp;",
  "<",
  ">",
  '<meta property="og:title" content="',
  "<article>",
  "</body>",
];

/** A sample article as a page, with tags and text thrown in. */
const mutatedPage = fc
  .tuple(
    fc.constantFrom(...wikinews.slice(0, 10)),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TAGS, ...NASTY.filter((n) => n.length < 100))), {
      maxLength: 8,
    }),
  )
  .map(([text, inserts]) => {
    const [title, ...paragraphs] = text.split(/\n\s*\n/);
    let page = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    for (const [n, s] of inserts) page = page.slice(0, at(page, n)) + s + page.slice(at(page, n));
    return page;
  });

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
