/**
 * The parser's heap after loading and after the first parse (its word lists, knowledge base and
 * wink-nlp model), in a bare process: run bundled or with `node --expose-gc --import tsx`.
 *
 *   node --expose-gc --import tsx apps/cli/src/bench/parser-check/heap.ts
 */
import { readCorpus } from "./corpus.ts";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return `heap ${(m.heapUsed / 1e6).toFixed(1)} MB, rss ${(m.rss / 1e6).toFixed(1)} MB`;
};
const arts = readCorpus("polnear/train").slice(0, 50);
console.log(`start: ${mb()}`);
const { parseArticle } = await import("@whosaid/parser");
console.log(`parser imported: ${mb()}`);
parseArticle(arts[0].text, { format: "text", publishedAt: arts[0].date });
console.log(`one parse: ${mb()}`);
for (const a of arts) parseArticle(a.text, { format: "text", publishedAt: a.date });
console.log(`50 parses: ${mb()}`);
