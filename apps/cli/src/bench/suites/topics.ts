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

function timed(texts: string[]): number {
  const t0 = performance.now();
  for (const t of texts) parseArticle(t, { format: "text", publishedAt: "2020-01-01" });
  return (performance.now() - t0) / 1000;
}

export async function run(): Promise<BenchRow[]> {
  const { file, texts } = corpus();
  const last = stages[stages.length - 1];
  if (last.name !== "topics") throw new Error(`the last stage is ${last.name}, not topics`);
  for (const t of texts.slice(0, 20)) parseArticle(t, { format: "text" });
  // Alternate the two runs so that warm-up and machine noise fall on both alike.
  let withS = 0;
  let withoutS = 0;
  for (let round = 0; round < 3; round++) {
    withS += timed(texts);
    stages.pop();
    try {
      withoutS += timed(texts);
    } finally {
      stages.push(last);
    }
  }
  const notes = `${texts.length} articles × 3 rounds from ${file.includes("polnear") ? "PolNeAR train" : "samples/wikinews.jsonl"}, one core`;
  const n = texts.length * 3;
  return [
    {
      suite: name,
      case: "parser without topics stage",
      metrics: { "articles/s": n / withoutS, s: withoutS },
      notes,
    },
    {
      suite: name,
      case: "parser with topics stage",
      metrics: {
        "articles/s": n / withS,
        s: withS,
        "overhead %": (100 * (withS - withoutS)) / withoutS,
      },
      notes,
    },
  ];
}
