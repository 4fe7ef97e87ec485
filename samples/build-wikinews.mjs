#!/usr/bin/env node
// Regenerates samples/wikinews.jsonl from the Wikinews CSV extraction (columns url,date,title,text).
// Usage: node samples/build-wikinews.mjs [CSV_DIR] (default: ../shared/corpora/wikinews beside the repo)
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const csvDir = resolve(process.argv[2] ?? join(here, "..", "..", "shared", "corpora", "wikinews"));

/** RFC 4180: fields separated by commas, quoted with "", quotes doubled inside, CRLF or LF rows. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  const [header, ...data] = rows;
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
  for (const row of parseCsv(readFileSync(join(csvDir, file), "utf8"))) {
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
