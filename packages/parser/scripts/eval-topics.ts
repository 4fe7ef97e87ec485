/**
 * Prints the top topics of sample articles for judging by reading (samples/wikinews.jsonl lines:
 * text, publishedAt, source): pnpm exec tsx scripts/eval-topics.ts FILE [--year Y] [--every N]
 * [--offset O] [--count C] [--top K] — every Nth article of year Y from the Oth, C of them.
 */
import { readFileSync } from "node:fs";
import { parseArticle } from "../src/pipeline.ts";

const [file, ...flags] = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = flags.indexOf(`--${name}`);
  return i >= 0 ? flags[i + 1] : fallback;
};
const year = flag("year", "");
const every = Number(flag("every", "1"));
const topK = Number(flag("top", "3"));
const offset = Number(flag("offset", "0"));
const count = Number(flag("count", "100000"));
const rows = readFileSync(file, "utf8")
  .split("\n")
  .filter(Boolean)
  .map(
    (l) => JSON.parse(l) as { title: string; publishedAt: string; text: string; source?: string },
  )
  .filter((r) => r.publishedAt.startsWith(year))
  .filter((_, i) => i >= offset && (i - offset) % every === 0)
  .slice(0, count);
for (const [i, row] of rows.entries()) {
  const parsed = parseArticle(row.text, {
    publishedAt: row.publishedAt,
    source: row.source ?? null,
  });
  console.log(`${i + 1}. ${row.title}`);
  for (const t of parsed.topics.slice(0, topK))
    console.log(`     ${t.score.toFixed(2)} ${t.path.join(" > ")}`);
}
