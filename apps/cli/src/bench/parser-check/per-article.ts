/**
 * CPU time per article (best of 3), to find articles that cost more per byte than the rest:
 * work that grows faster than the text.
 *
 *   node --import tsx apps/cli/src/bench/parser-check/per-article.ts [N]
 */
import { parseArticle, stages } from "@whosaid/parser";
import { normalize } from "../../../../../packages/parser/src/stages/normalize.ts";
import { readCorpus } from "./corpus.ts";

const arts = readCorpus("polnear/train").slice(0, Number(process.argv[2] ?? 840));
for (const a of arts.slice(0, 20)) parseArticle(a.text, { format: "text" });

function stageTimes(text: string, date?: string): Map<string, number> {
  const per = new Map<string, number>();
  let doc = normalize(text, { format: "text", publishedAt: date });
  for (const stage of stages) {
    const t0 = process.cpuUsage();
    doc = stage(doc);
    const d = process.cpuUsage(t0);
    per.set(stage.name, (d.user + d.system) / 1e3);
  }
  return per;
}

const rows = arts.map((a) => {
  let best: Map<string, number> | null = null;
  for (let r = 0; r < 3; r++) {
    const t = stageTimes(a.text, a.date);
    const sum = [...t.values()].reduce((x, y) => x + y, 0);
    if (!best || sum < [...best.values()].reduce((x, y) => x + y, 0)) best = t;
  }
  const ms = [...(best as Map<string, number>).values()].reduce((x, y) => x + y, 0);
  return { id: a.id, kb: a.text.length / 1000, ms, stages: best as Map<string, number> };
});
const perKb = rows.map((r) => r.ms / r.kb).sort((x, y) => x - y);
console.log(`median ${perKb[perKb.length >> 1].toFixed(2)} ms/kB`);
for (const r of rows.sort((x, y) => y.ms / y.kb - x.ms / x.kb).slice(0, 12)) {
  const top = [...r.stages].sort((x, y) => y[1] - x[1]).slice(0, 3);
  console.log(
    `${(r.ms / r.kb).toFixed(2)} ms/kB ${r.kb.toFixed(1)} kB ${r.id.slice(0, 60)} ${top.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ")}`,
  );
}
