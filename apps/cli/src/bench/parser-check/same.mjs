/**
 * Output guard between two bundles (bundle.sh): parses the first N PolNeAR train articles with
 * both, in one process, and counts the articles whose JSON differs. Quicker than `hashes.ts` for a
 * change measured against another revision (a merge of main: bundle main as `base`).
 *
 *   node apps/cli/src/bench/parser-check/same.mjs [A] [B] [N articles]
 */
import { loadBundles, trainArticles } from "./setup.mjs";

const [aName = "base", bName = "new", nArg = "300"] = process.argv.slice(2);
const [A, B] = await loadBundles(aName, bName);
const options = (a) => ({ format: "text", publishedAt: a.date });
let differ = 0;
const arts = trainArticles(Number(nArg));
for (const a of arts) {
  const x = JSON.stringify(A.parseArticle(a.text, options(a)));
  const y = JSON.stringify(B.parseArticle(a.text, options(a)));
  if (x !== y) differ++;
}
console.log(`${arts.length} articles, ${differ} differ (${aName} vs ${bName})`);
process.exitCode = differ ? 1 : 0;
