/**
 * Prints the top topics of Wikinews articles (JSON lines: url, date, title, text) for judging by
 * reading: pnpm exec tsx scripts/eval-topics.ts FILE [FIRST] [COUNT].
 */
import { readFileSync } from "node:fs";
import { articleScores, articleTopics } from "../src/topics/article-topics.ts";
import { makeDoc } from "../src/topics/make-doc.ts";

const [file, first = "0", count = "1000"] = process.argv.slice(2);
const rows = readFileSync(file, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { title: string; date: string; text: string });
for (const [i, row] of rows.slice(Number(first), Number(first) + Number(count)).entries()) {
  const paragraphs = row.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const doc = makeDoc({ title: row.title, publishedAt: row.date.slice(0, 10), paragraphs });
  const topics = articleTopics(articleScores(doc)).slice(0, 3);
  console.log(`${Number(first) + i}. ${row.title}`);
  for (const t of topics) console.log(`     ${t.score.toFixed(2)} ${t.path.join(" > ")}`);
}
