/**
 * Parser throughput on the PolNeAR train texts: the whole parser (`parseArticle`) beside bare
 * wink-nlp (readDoc + tokens + POS) on the same texts, and the process's peak memory.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "@whosaid/parser";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import type { BenchRow } from "../index.ts";

export const name = "parser";
export const description = "articles/s and MB/s of parseArticle vs bare wink-nlp on PolNeAR train";

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, "../../../../../../shared/corpora/polnear/train.jsonl");

function texts(): string[] {
  return readFileSync(corpus, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** Wall-clock and CPU seconds (`process.cpuUsage`: this process's threads, GC helpers included). */
function timed(run: () => void): { wall: number; cpu: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(corpus)) {
    console.log(
      `  skipped: ${corpus} is absent (the PolNeAR corpus lives in ../shared, outside the repo)`,
    );
    return [
      { suite: name, case: "skipped", metrics: {}, notes: "../shared/corpora/polnear absent" },
    ];
  }
  const all = texts();
  const mb = all.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0) / 1e6;
  const nlp = winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  const bare = () => {
    for (const t of all) {
      const d = nlp.readDoc(t);
      d.tokens().out(its.value);
      d.tokens().out(its.pos);
    }
  };
  const whole = () => {
    for (const t of all) parseArticle(t, { format: "text" });
  };
  // Warm both up (JIT, lazy data such as the knowledge base) on a slice before timing.
  const sample = all.slice(0, 20);
  for (const t of sample) parseArticle(t, { format: "text" });
  for (const t of sample) nlp.readDoc(t).tokens().out(its.pos);
  // Alternate the two and keep each one's best of three: other work on the machine comes and goes.
  // On a loaded machine wall-clock time counts the waits for a core; the CPU-time ratio holds better.
  let bareS = Number.POSITIVE_INFINITY;
  let wholeS = Number.POSITIVE_INFINITY;
  let bareCpu = Number.POSITIVE_INFINITY;
  let wholeCpu = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const b = timed(bare);
    const w = timed(whole);
    bareS = Math.min(bareS, b.wall);
    wholeS = Math.min(wholeS, w.wall);
    bareCpu = Math.min(bareCpu, b.cpu);
    wholeCpu = Math.min(wholeCpu, w.cpu);
  }
  const rss = process.resourceUsage().maxRSS / 1024;
  const heap = process.memoryUsage().heapUsed / 1e6;
  const notes = `${all.length} articles, ${mb.toFixed(2)} MB, one core, best of 3`;
  return [
    {
      suite: name,
      case: "bare wink-nlp (readDoc + tokens + pos)",
      metrics: {
        "articles/s": all.length / bareS,
        "MB/s": mb / bareS,
        s: bareS,
        "CPU s": bareCpu,
        "MB/s of CPU": mb / bareCpu,
      },
      notes,
    },
    {
      suite: name,
      case: "whole parser (parseArticle)",
      metrics: {
        "articles/s": all.length / wholeS,
        "MB/s": mb / wholeS,
        s: wholeS,
        "vs bare wink %": (100 * bareS) / wholeS,
        "CPU s": wholeCpu,
        "MB/s of CPU": mb / wholeCpu,
        "vs bare wink % (CPU)": (100 * bareCpu) / wholeCpu,
      },
      notes,
    },
    { suite: name, case: "memory", metrics: { "peak RSS MB": rss, "heap used MB": heap } },
  ];
}
