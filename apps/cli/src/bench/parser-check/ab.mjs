/**
 * CPU time (process.cpuUsage) of two bundled parser versions (bundle.sh: `base` and `new`) and bare
 * wink-nlp in one process, interleaved ten articles at a time, on PolNeAR train; each round's
 * new/base ratio and its median. On a loaded machine single figures swing ±10%: read the median.
 *
 *   node apps/cli/src/bench/parser-check/ab.mjs [N articles] [rounds]
 */
import { bareWink, loadBundles, trainArticles } from "./setup.mjs";

const [A, B] = await loadBundles("base", "new");
const arts = trainArticles(Number(process.argv[2] ?? 300));
const mb = arts.reduce((n, a) => n + Buffer.byteLength(a.text, "utf8"), 0) / 1e6;
const rounds = Number(process.argv[3] ?? 5);
const run = {
  base: (a) => A.parseArticle(a.text, { format: "text" }),
  new: (a) => B.parseArticle(a.text, { format: "text" }),
  bare: bareWink,
};
for (const a of arts.slice(0, 30)) for (const f of Object.values(run)) f(a);
// A bundle that cannot find its data leaves stages out with a warning: refuse to time that.
for (const P of [A, B]) {
  const w = P.parseArticle(arts[0].text, { format: "text" }).warnings;
  if (w.length) throw new Error(String(w));
}
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const ratios = { newBase: [], bareNew: [], bareBase: [] };
for (let r = 0; r < rounds; r++) {
  const tot = { base: 0, new: 0, bare: 0 };
  const order = r % 2 ? ["new", "bare", "base"] : ["base", "bare", "new"];
  for (let i = 0; i < arts.length; i += 10)
    for (const k of order) {
      const t = cpu();
      for (let j = i; j < Math.min(i + 10, arts.length); j++) run[k](arts[j]);
      tot[k] += cpu() - t;
    }
  ratios.newBase.push(tot.new / tot.base);
  ratios.bareNew.push(tot.bare / tot.new);
  ratios.bareBase.push(tot.bare / tot.base);
  const s = (k) => (tot[k] / 1e6).toFixed(2);
  console.log(
    `round ${r}: base ${s("base")} s, new ${s("new")} s, bare ${s("bare")} s CPU; new/base ${(tot.new / tot.base).toFixed(3)}`,
  );
}
const median = (x) => [...x].sort((a, b) => a - b)[x.length >> 1];
console.log(
  `${arts.length} articles, ${mb.toFixed(2)} MB, median of ${rounds}: new/base ${median(ratios.newBase).toFixed(3)}; ` +
    `bare wink-nlp / parser: base ${(100 * median(ratios.bareBase)).toFixed(1)}%, new ${(100 * median(ratios.bareNew)).toFixed(1)}%`,
);
