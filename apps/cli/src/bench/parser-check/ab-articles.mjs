/**
 * CPU time of two bundled parser versions (bundle.sh: `base` and `new`, or any two names under
 * packages/parser/.prof) article by article: A B bare B A on one article, B A bare A B on the
 * next, so each version parses a new input first as often as the other. The first parse of an
 * input costs more; with A always first, two copies of one bundle gave B/A 0.96–0.99, which
 * `ab.mjs`-style rounds mistake for a win. Prints B/A (sum and median per article) per round.
 *
 *   node apps/cli/src/bench/parser-check/ab-articles.mjs [A] [B] [N articles] [rounds]
 */
import { bareWink, loadBundles, trainArticles } from "./setup.mjs";

const [aName = "base", bName = "new", nArg = "300", roundsArg = "3"] = process.argv.slice(2);
const [A, B] = await loadBundles(aName, bName);
const arts = trainArticles(Number(nArg));
const fa = (a) => A.parseArticle(a.text, { format: "text", publishedAt: a.date });
const fb = (a) => B.parseArticle(a.text, { format: "text", publishedAt: a.date });
const bare = bareWink;
for (const a of arts.slice(0, 50)) for (const f of [fa, fb, bare]) f(a);
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const timed = (f, a) => {
  const t = cpu();
  f(a);
  return cpu() - t;
};
const median = (x) => [...x].sort((p, q) => p - q)[x.length >> 1];
const all = [];
let sumA = 0;
let sumB = 0;
let sumBare = 0;
for (let r = 0; r < Number(roundsArg); r++) {
  let ta = 0;
  let tb = 0;
  let tw = 0;
  const per = [];
  for (let k = 0; k < arts.length; k++) {
    const a = arts[k];
    const aFirst = (k + r) % 2 === 0;
    const [f1, f2] = aFirst ? [fa, fb] : [fb, fa];
    let x1 = timed(f1, a);
    let x2 = timed(f2, a);
    tw += timed(bare, a);
    x2 += timed(f2, a);
    x1 += timed(f1, a);
    const [x, y] = aFirst ? [x1, x2] : [x2, x1];
    ta += x;
    tb += y;
    per.push(y / x);
  }
  all.push(...per);
  sumA += ta;
  sumB += tb;
  sumBare += tw;
  console.log(
    `round ${r}: A ${(ta / 1e6).toFixed(2)} s, B ${(tb / 1e6).toFixed(2)} s CPU (two parses each); ` +
      `B/A ${(tb / ta).toFixed(3)}, median per article ${median(per).toFixed(3)}`,
  );
}
console.log(
  `${arts.length} articles: B/A ${(sumB / sumA).toFixed(3)}, median per article ${median(all).toFixed(3)}; ` +
    `bare wink-nlp / parser: A ${((200 * sumBare) / sumA).toFixed(1)}%, B ${((200 * sumBare) / sumB).toFixed(1)}%`,
);
