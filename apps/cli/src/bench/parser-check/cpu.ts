/**
 * CPU time of the whole parser against bare wink-nlp on the same PolNeAR train texts, in one
 * process, alternating, best of ROUNDS: a ratio that holds on a loaded, shared machine.
 *
 *   node --import tsx apps/cli/src/bench/parser-check/cpu.ts [N articles] [rounds]
 *   node --cpu-prof --import tsx apps/cli/src/bench/parser-check/cpu.ts 300 1 --parser-only
 *   node --import tsx apps/cli/src/bench/parser-check/cpu.ts 300 1 --stages   (CPU per stage)
 */
import { parseArticle, stages } from "@whosaid/parser";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { normalize } from "../../../../../packages/parser/src/stages/normalize.ts";
import { readCorpus } from "./corpus.ts";

const [nArg, roundsArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const parserOnly = process.argv.includes("--parser-only");
const arts = readCorpus("polnear/train").slice(0, Number(nArg ?? 300));
const mb = arts.reduce((n, a) => n + Buffer.byteLength(a.text, "utf8"), 0) / 1e6;
const rounds = Number(roundsArg ?? 3);

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

function cpuSeconds(run: () => void): number {
  const t0 = process.cpuUsage();
  run();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1e6;
}

const bare = () => {
  for (const a of arts) {
    const d = nlp.readDoc(a.text);
    d.tokens().out(its.value);
    d.tokens().out(its.pos);
  }
};
const whole = () => {
  for (const a of arts) parseArticle(a.text, { format: "text", publishedAt: a.date });
};

for (const a of arts.slice(0, 20)) parseArticle(a.text, { format: "text" });
let bareS = Number.POSITIVE_INFINITY;
let wholeS = Number.POSITIVE_INFINITY;
for (let r = 0; r < rounds; r++) {
  if (!parserOnly) bareS = Math.min(bareS, cpuSeconds(bare));
  wholeS = Math.min(wholeS, cpuSeconds(whole));
}
const ratio = parserOnly ? "" : ` ratio ${((100 * bareS) / wholeS).toFixed(1)}%`;
console.log(
  `${arts.length} articles ${mb.toFixed(2)} MB: bare ${bareS.toFixed(2)} s CPU (${(mb / bareS).toFixed(2)} MB/s), parser ${wholeS.toFixed(2)} s CPU (${(mb / wholeS).toFixed(2)} MB/s)${ratio}`,
);

if (process.argv.includes("--stages")) {
  const per = new Map<string, number>();
  const add = (k: string, t0: NodeJS.CpuUsage) => {
    const d = process.cpuUsage(t0);
    per.set(k, (per.get(k) ?? 0) + (d.user + d.system) / 1e6);
  };
  for (const a of arts) {
    let t0 = process.cpuUsage();
    let doc = normalize(a.text, { format: "text", publishedAt: a.date });
    add("normalize", t0);
    for (const stage of stages) {
      t0 = process.cpuUsage();
      doc = stage(doc);
      add(stage.name, t0);
    }
  }
  const total = [...per.values()].reduce((x, y) => x + y, 0);
  for (const [k, t] of per)
    console.log(`  ${k.padEnd(12)} ${t.toFixed(2)} s  ${((100 * t) / total).toFixed(1)}%`);
}
