import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { parseStructure } from "../src/structure/parse-structure.ts";

/** Hand-written pages for the patterns real news sites print, each beside its expected reading. */
const dir = join(import.meta.dirname, "fixtures/html");
const pages = readdirSync(dir)
  .filter((f) => f.endsWith(".html"))
  .map((f) => ({
    name: f.slice(0, -5),
    html: readFileSync(join(dir, f), "utf8"),
    expected: JSON.parse(readFileSync(join(dir, `${f.slice(0, -5)}.json`), "utf8")),
  }));

function words(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/** Bag-of-words F1 of extracted body text against the expected body, as extraction benchmarks score it. */
function bodyF1(got: string, want: string): number {
  const g = words(got);
  const w = words(want);
  let common = 0;
  for (const [word, n] of g) common += Math.min(n, w.get(word) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  if (common === 0) return 0;
  const p = common / total(g);
  const r = common / total(w);
  return (2 * p * r) / (p + r);
}

function plainReadability(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document).parse()?.textContent ?? "";
}

describe("HTML extraction on hand-written pages", () => {
  it.each(pages)("$name: title, date, authors, agencies, source and body", ({ html, expected }) => {
    const a = parseStructure(html).article;
    expect(a.title).toBe(expected.title);
    expect(a.publishedAt).toBe(expected.publishedAt);
    expect(a.authors).toEqual(expected.authors);
    expect(a.agencies).toEqual(expected.agencies);
    expect(a.source).toBe(expected.source);
    expect(a.paragraphs.map((p) => p.text)).toEqual(expected.body);
  });

  it("keeps its lead over plain Readability in body F1", () => {
    let ours = 0;
    let theirs = 0;
    for (const { html, expected } of pages) {
      const want = expected.body.join("\n");
      const parsed = parseStructure(html);
      ours += bodyF1(parsed.article.paragraphs.map((p) => p.text).join("\n"), want);
      theirs += bodyF1(plainReadability(html), want);
    }
    ours /= pages.length;
    theirs /= pages.length;
    expect(ours).toBeGreaterThanOrEqual(0.99);
    expect(ours).toBeGreaterThan(theirs);
  });
});
