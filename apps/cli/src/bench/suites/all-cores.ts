/**
 * Parser throughput on every core: the PolNeAR train texts parsed through the ingest command's
 * worker-thread pool (one thread per core, results sent back to the main thread as ingest does),
 * beside the same pool with one thread; per-core figures and the process's peak memory.
 */
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { createParserPool, type ParserPool } from "@whosaid/ingest";
import type { BenchRow } from "../index.ts";

export const name = "parser-all-cores";
export const description = "articles/s and MB/s of the parser on one thread and on every core";

const corpus = resolve(import.meta.dirname, "../../../../../../shared/corpora/polnear/train.jsonl");

/** Seconds to parse every text through `pool`, keeping each thread busy. */
async function timePool(pool: ParserPool, texts: string[]): Promise<number> {
  const t0 = performance.now();
  const replies = await Promise.all(
    texts.map((input) => pool.parse({ input, options: { format: "text" } })),
  );
  const seconds = (performance.now() - t0) / 1000;
  const failed = replies.filter((r) => !r.ok).length;
  if (failed > texts.length / 10) throw new Error(`parser-all-cores: ${failed} parses failed`);
  return seconds;
}

async function measure(threads: number, texts: string[]): Promise<number> {
  const pool = createParserPool({ threads });
  try {
    await timePool(pool, texts.slice(0, 10 * threads)); // load data and JIT in every thread
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 2; round++) best = Math.min(best, await timePool(pool, texts));
    return best;
  } finally {
    await pool.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(corpus))
    return [{ suite: name, case: "skipped", metrics: {}, notes: `${corpus} is absent` }];
  const texts = readFileSync(corpus, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0) / 1e6;
  const cores = availableParallelism();
  const one = await measure(1, texts);
  const all = await measure(cores, texts);
  const notes = `${texts.length} PolNeAR train articles, ${mb.toFixed(2)} MB, best of 2`;
  return [
    {
      suite: name,
      case: "1 thread",
      metrics: { "articles/s": texts.length / one, "MB/s": mb / one },
      notes,
    },
    {
      suite: name,
      case: `${cores} threads (every core)`,
      metrics: {
        "articles/s": texts.length / all,
        "MB/s": mb / all,
        "articles/s per core": texts.length / all / cores,
        speedup: one / all,
        "peak RSS MB": process.resourceUsage().maxRSS / 1024,
      },
      notes,
    },
  ];
}
