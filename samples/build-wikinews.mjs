#!/usr/bin/env node
// Regenerates samples/wikinews.jsonl from the Wikinews CSV extraction (columns url,date,title,text).
// Usage: node samples/build-wikinews.mjs [CSV_DIR] (default: ../shared/corpora/wikinews beside the repo)
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsv } from "./csv.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const csvDir = resolve(process.argv[2] ?? join(here, "..", "..", "shared", "corpora", "wikinews"));

/** The CSV rows as objects keyed by the header; rows of another width are dropped. */
function readCsv(text) {
  const [header, ...data] = parseCsv(text);
  return data.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, k) => [h, r[k]])));
}

/** True when the body holds words beyond its dateline ("Friday, January 4, 2019"). */
function hasBody(text) {
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => /\p{L}/u.test(l));
  return lines.some((l) => !/^\w+day, \w+ \d{1,2}, \d{4}$/.test(l));
}

const files = readdirSync(csvDir).filter((f) => f.endsWith(".csv")).sort();
const out = [];
const skipped = [];
for (const file of files) {
  for (const row of readCsv(readFileSync(join(csvDir, file), "utf8"))) {
    const title = row.title.trim();
    const body = row.text.trim();
    if (!hasBody(body)) {
      skipped.push(`${row.url} (no text beyond the dateline)`);
      continue;
    }
    const id = `wikinews-${createHash("sha1").update(row.url).digest("hex").slice(0, 12)}`;
    const record = { id, url: row.url, publishedAt: row.date, title, text: `${title}\n\n${body}\n`, source: "Wikinews", format: "text" };
    out.push(JSON.stringify(record));
  }
}
writeFileSync(join(here, "wikinews.jsonl"), `${out.join("\n")}\n`);
console.log(`samples/wikinews.jsonl: ${out.length} articles from ${files.join(", ")}`);
for (const s of skipped) console.log(`skipped ${s}`);
