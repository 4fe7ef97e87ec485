/**
 * Trains the filter of `src/quotes/fallback.ts`: a logistic regression over the features of each
 * speech verb whose sentence the rules read no statement from, labelled by PolNeAR train (a
 * candidate is right when gold statements with a speech cue cover ≥ 30 % of its characters, the
 * eval's loose criterion). Writes `data/models/indirect-cues.json`.
 *
 *   pnpm exec tsx scripts/train-indirect-cues.ts ../../../shared/corpora/polnear/train.jsonl [--threshold P]
 *
 * Only PolNeAR's train split may be used here (never dev, test or GGT).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArticle } from "../src/pipeline.ts";
import { setCandidateSink } from "../src/quotes/fallback.ts";

interface Gold {
  speakerStart: number | null;
  speakerEnd: number | null;
  start: number;
  end: number;
  speechCue: boolean;
  spans?: { start: number; end: number }[] | [number, number][];
}
const [file, ...flags] = process.argv.slice(2);
if (!file || !/train/.test(file)) throw new Error("give PolNeAR's train split");
const ti = flags.indexOf("--threshold");
const threshold = ti >= 0 ? Number(flags[ti + 1]) : 0.5;

const EDGE = /[\s"'“”‘’«»„‚‹›.,;:!?…\-–—()[\]]/u;
function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && EDGE.test(text[s])) s++;
  while (e > s && EDGE.test(text[e - 1])) e--;
  return [s, e];
}

const rows: { x: string[]; y: number }[] = [];
for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
  const a = JSON.parse(line) as { text: string; date: string; quotes: Gold[] };
  const covered = new Uint8Array(a.text.length);
  // The gold statement each character belongs to (the last one listed, for nested ones).
  const owner = new Int32Array(a.text.length).fill(-1);
  for (const [qi, q] of a.quotes.entries()) {
    if (!q.speechCue) continue;
    const parts = q.spans?.length ? q.spans : [{ start: q.start, end: q.end }];
    for (const p of parts) {
      const [s0, e0] = Array.isArray(p) ? p : [p.start, p.end];
      const [s, e] = trim(a.text, s0, e0);
      covered.fill(1, s, e);
      owner.fill(qi, s, e);
    }
  }
  setCandidateSink((c) => {
    const [s, e] = trim(a.text, c.start, c.end);
    let n = 0;
    const votes = new Map<number, number>();
    for (let i = s; i < e; i++) {
      n += covered[i];
      if (owner[i] >= 0) votes.set(owner[i], (votes.get(owner[i]) ?? 0) + 1);
    }
    const best = [...votes].sort((x, y) => y[1] - x[1])[0];
    const g = best ? a.quotes[best[0]] : null;
    // Right only with the right speaker: the gold's source span, or none when gold has none.
    const speakerOk =
      !!g &&
      (g.speakerStart === null ||
        (c.speaker !== null &&
          c.speaker[0] < (g.speakerEnd ?? 0) &&
          g.speakerStart < c.speaker[1]));
    rows.push({ x: c.features, y: e > s && n / (e - s) >= 0.3 && speakerOk ? 1 : 0 });
  });
  parseArticle(a.text, { format: "text", publishedAt: a.date });
}
setCandidateSink(null);

// Features seen fewer than 3 times are dropped; batch gradient descent with L2.
const counts = new Map<string, number>();
for (const r of rows) for (const f of r.x) counts.set(f, (counts.get(f) ?? 0) + 1);
const names = [...counts].filter(([, n]) => n >= 3).map(([f]) => f);
const index = new Map(names.map((f, i) => [f, i]));
const X = rows.map((r) => r.x.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
const w = new Float64Array(names.length);
let b = 0;
const l2 = 1e-3;
const rate = 0.5;
for (let epoch = 0; epoch < 400; epoch++) {
  const g = new Float64Array(names.length);
  let gb = 0;
  for (let k = 0; k < rows.length; k++) {
    let z = b;
    for (const i of X[k]) z += w[i];
    const d = 1 / (1 + Math.exp(-z)) - rows[k].y;
    gb += d;
    for (const i of X[k]) g[i] += d;
  }
  for (let i = 0; i < w.length; i++) w[i] -= rate * (g[i] / rows.length + l2 * w[i]);
  b -= (rate * gb) / rows.length;
}
let tp = 0;
let fp = 0;
const pos = rows.filter((r) => r.y).length;
const logit = Math.log(threshold / (1 - threshold));
for (let k = 0; k < rows.length; k++) {
  let z = b;
  for (const i of X[k]) z += w[i];
  if (z > logit) rows[k].y ? tp++ : fp++;
}
const weights: Record<string, number> = {};
for (const [f, i] of index) if (Math.abs(w[i]) > 1e-3) weights[f] = Math.round(w[i] * 1e4) / 1e4;
writeFileSync(
  new URL("../data/models/indirect-cues.json", import.meta.url),
  `${JSON.stringify(
    {
      about:
        "Logistic regression for src/quotes/fallback.ts, trained on PolNeAR train by scripts/train-indirect-cues.ts",
      candidates: rows.length,
      positives: pos,
      bias: Math.round(b * 1e4) / 1e4,
      threshold: Math.round(logit * 1e4) / 1e4,
      weights,
    },
    null,
    1,
  )}\n`,
);
console.log(
  `${rows.length} candidates, ${pos} right; at p > ${threshold}: ${tp + fp} kept, precision ${(tp / (tp + fp)).toFixed(3)}, recall of candidates ${(tp / pos).toFixed(3)}`,
);
