/**
 * Cost of the parser's topics stage (IPTC topics, key phrases, places, dates, statedAt): the whole
 * parser with and without its last stage on the same texts (PolNeAR train when ../shared is there,
 * else the bundled Wikinews samples). The bar: the parser stays within 20% of its speed
 * without the stage.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle, stages } from "@whosaid/parser";
import type { BenchRow } from "../index.ts";

export const name = "topics";
export const description = "parseArticle with vs without the topics stage (articles/s, overhead %)";

const here = dirname(fileURLToPath(import.meta.url));
const polnear = resolve(here, "../../../../../../shared/corpora/polnear/train.jsonl");
const samples = resolve(here, "../../../../../samples/wikinews.jsonl");

function corpus(): { file: string; texts: string[] } {
  const file = existsSync(polnear) ? polnear : samples;
  const texts = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  return { file, texts };
}

function parseMs(text: string): number {
  const t0 = performance.now();
  parseArticle(text, { format: "text", publishedAt: "2020-01-01" });
  return performance.now() - t0;
}

export async function run(): Promise<BenchRow[]> {
  const { file, texts } = corpus();
  const last = stages[stages.length - 1];
  if (last.name !== "topics") throw new Error(`the last stage is ${last.name}, not topics`);
  for (const t of texts.slice(0, 20)) parseArticle(t, { format: "text" });
  // Each article is parsed with and without the stage back to back, in alternating order, so that
  // load on the machine and garbage collection fall on both alike.
  let withMs = 0;
  let withoutMs = 0;
  for (let round = 0; round < 2; round++) {
    for (const [i, text] of texts.entries()) {
      for (const on of (i + round) % 2 === 0 ? [true, false] : [false, true]) {
        if (on) {
          withMs += parseMs(text);
          continue;
        }
        stages.pop();
        try {
          withoutMs += parseMs(text);
        } finally {
          stages.push(last);
        }
      }
    }
  }
  const n = texts.length * 2;
  const notes = `${texts.length} articles × 2 rounds from ${file.includes("polnear") ? "PolNeAR train" : "samples/wikinews.jsonl"}, paired per article, one core`;
  return [
    {
      suite: name,
      case: "parser without topics stage",
      metrics: { "articles/s": (1000 * n) / withoutMs, s: withoutMs / 1000 },
      notes,
    },
    {
      suite: name,
      case: "parser with topics stage",
      metrics: {
        "articles/s": (1000 * n) / withMs,
        s: withMs / 1000,
        "overhead %": (100 * (withMs - withoutMs)) / withoutMs,
      },
      notes,
    },
  ];
}
