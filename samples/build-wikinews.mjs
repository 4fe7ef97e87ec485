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

// Pages that are not news: wiki test pages, project and template pages, and the site's own notices
// ("If you are looking for recent news stories, please visit our Main Page").
const NOT_NEWS_TITLE = /^(test page|wikinews|template|user|help|category|portal)\s*:/i;
const SITE_NOTICE = /please visit our Main Page|see Wikinews:Introduction|should not be reviewed, or otherwise flagged/i;

/** Why a row is not a news article, or null when it is one. */
function notNews(title, body) {
  if (NOT_NEWS_TITLE.test(title)) return "a wiki page, not news";
  if (SITE_NOTICE.test(body)) return "a site notice";
  if (!hasBody(body)) return "no text beyond the dateline";
  return null;
}

const files = readdirSync(csvDir).filter((f) => f.endsWith(".csv")).sort();
const out = [];
const skipped = [];
for (const file of files) {
  for (const row of readCsv(readFileSync(join(csvDir, file), "utf8"))) {
    const title = row.title.trim();
    const body = row.text.trim();
    const reason = notNews(title, body);
    if (reason) {
      skipped.push(`${row.url} (${reason})`);
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
