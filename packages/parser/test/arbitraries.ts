import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";

// Generators for the property-based tests in robustness.test.ts.

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

/** Strings that have broken text parsers: odd quotes, controls, lone surrogates, scripts, layout lines. */
export const NASTY = [
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

/** A bundled article (the seed or a Wikinews sample) after one to six mutations. */
export const mutatedArticle = fc
  .tuple(fc.constantFrom(...bases), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([base, mutations]) => mutations.reduce((t, m) => m(t), base));

/** Markup thrown into pages. */
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
export const mutatedPage = fc
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
