/**
 * Throughput of the parser's structure stages alone (`parseStructure`: validation, HTML
 * extraction, header, paragraphs, captions, footer, related stories), on the bundled samples, on
 * the same articles wrapped in web pages, and on worst-case 2 MB inputs (no regex blow-ups).
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ParseError, parseStructure } from "@whosaid/parser";
import type { BenchRow } from "../index.ts";

export const name = "parser-structure";
export const description = "MB/s of the structure stages on text, HTML and worst-case 2 MB inputs";

const samples = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../../samples");

function wikinews(): string[] {
  return readFileSync(join(samples, "wikinews.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** An article as a news site would serve it: head metadata, navigation, asides, scripts. */
function asPage(text: string, i: number): string {
  const [title, ...body] = text.split(/\n\s*\n/);
  const nav = `<nav><ul>${'<li><a href="/s">Section</a></li>'.repeat(40)}</ul></nav>`;
  const aside = `<aside>${'<div class="promo"><a href="/o">Other story</a><p>Teaser.</p></div>'.repeat(20)}</aside>`;
  const paras = body
    .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
    .join("\n");
  return `<!doctype html><html><head><title>${title} | Example</title><meta property="og:title" content="${title.replace(/"/g, "&quot;")}"><meta property="article:published_time" content="2020-01-0${(i % 9) + 1}"><script>${"var x=1;".repeat(500)}</script></head><body>${nav}<main><article><h1>${title}</h1>${paras}</article>${aside}</main><footer>© Example</footer></body></html>`;
}

function measure(suiteCase: string, inputs: string[], notes: string): BenchRow {
  for (const input of inputs.slice(0, 10)) tryParse(input); // warm-up
  const bytes = inputs.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);
  const t0 = performance.now();
  let errors = 0;
  for (const input of inputs) if (!tryParse(input)) errors++;
  const s = (performance.now() - t0) / 1000;
  return {
    suite: name,
    case: suiteCase,
    metrics: {
      "MB/s": bytes / 1e6 / s,
      "articles/s": inputs.length / s,
      "ms each": (1000 * s) / inputs.length,
      errors,
    },
    notes,
  };
}

function tryParse(input: string): boolean {
  try {
    parseStructure(input, { maxBytes: 3_000_000 });
    return true;
  } catch (error) {
    if (error instanceof ParseError) return false;
    throw error;
  }
}

export async function run(): Promise<BenchRow[]> {
  const texts = wikinews();
  const seed = readFileSync(join(samples, "articles", "nbc-ukraine-kherson.txt"), "utf8");
  const twoMb = 2_000_000;
  const worst = [
    seed.repeat(Math.floor(twoMb / seed.length)),
    "a".repeat(twoMb),
    "Caption here (Jane Roe / AP)\n".repeat(twoMb / 29),
    "\n \n.\n".repeat(twoMb / 5),
    "“".repeat(twoMb / 3),
    `<html><body>${"<div><p>Some text of a paragraph, with words.</p></div>".repeat(twoMb / 54)}</body></html>`,
    `<html><body>${"<div>".repeat(900)}deep${"</div>".repeat(900)}</body></html>`,
  ];
  const rows = [
    measure("Wikinews samples (text)", texts, `${texts.length} articles, one core`),
    measure(
      "Wikinews samples as web pages (HTML, Readability)",
      texts.map(asPage),
      `${texts.length} pages, one core`,
    ),
    measure(
      "worst cases, 2 MB each",
      worst,
      "repeated article, one long line, caption lines, separators, quotes, 37k-element page, deep page",
    ),
  ];
  const rss = process.resourceUsage().maxRSS / 1024;
  rows.push({
    suite: name,
    case: "peak memory",
    metrics: { "RSS MB": rss },
    notes: "whole bench process",
  });
  return rows;
}
