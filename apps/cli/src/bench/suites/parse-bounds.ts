/**
 * Parse time per MB from 10 KB to 2 MB on generated inputs (prose, one long word, quote-dense
 * text, markup-heavy HTML, many people, one long paragraph): flat when parse time is linear in
 * input size. The same inputs bound parse time in @whosaid/ingest's tests (via the time limit).
 */
import { loadavg } from "node:os";
import { generatedInputs } from "@whosaid/ingest/testing";
import { parseArticle } from "@whosaid/parser";
import type { BenchRow } from "../index.ts";

export const name = "parse-bounds";
export const description = "parser seconds per MB by input size and shape (flat = linear)";

const SIZES = [10_000, 100_000, 500_000, 1_000_000, 2_000_000];

/**
 * Seconds per MB of one input, repeated until a second has passed (small inputs are noisy): wall
 * time, and CPU time of this process (what the parse itself cost: on a loaded machine the wall
 * time also counts the time spent waiting for a core, and rises with the load, not the input).
 */
function secondsPerMb(
  input: string,
  options: Parameters<typeof parseArticle>[1],
): { wall: number; cpu: number } {
  let runs = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  do {
    parseArticle(input, options);
    runs++;
  } while (performance.now() - t0 < 1000);
  const cpu = process.cpuUsage(cpu0);
  const mb = runs * (input.length / 1e6);
  return { wall: (performance.now() - t0) / 1000 / mb, cpu: (cpu.user + cpu.system) / 1e6 / mb };
}

/** `--shapes=prose,long word`: only these shapes (default: all). */
function chosenShapes(args: string[]): string[] {
  const flag = args.find((a) => a.startsWith("--shapes="));
  const all = Object.keys(generatedInputs);
  return flag
    ? flag
        .slice("--shapes=".length)
        .split(",")
        .filter((k) => all.includes(k))
    : all;
}

/** `--sizes=10,1000,2000`: only these sizes, in KB (default: 10 KB to 2 MB). */
function chosenSizes(args: string[]): number[] {
  const flag = args.find((a) => a.startsWith("--sizes="));
  if (!flag) return SIZES;
  const sizes = flag
    .slice("--sizes=".length)
    .split(",")
    .map((kb) => Number(kb) * 1000)
    .filter((size) => size > 0 && size <= 2_000_000);
  return sizes.length ? sizes : SIZES;
}

export async function run(args: string[] = []): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const sizes = chosenSizes(args);
  parseArticle('Warm-up\n\n"We are ready," said Anna Kovacs, the minister.', {});
  for (const kind of chosenShapes(args)) {
    const make = generatedInputs[kind];
    const perMb: number[] = [];
    for (const size of sizes) {
      // A 2 MB text just under the parser's 2 MiB input limit, counted in UTF-8 bytes (curly
      // quotation marks take three: 1,990,000 characters of them are over it).
      let job = make(size === 2_000_000 ? 1_990_000 : size);
      const limit = 2 * 1024 * 1024 - 10_000;
      while (Buffer.byteLength(job.input) > limit)
        job = make(Math.floor((job.input.length * limit) / Buffer.byteLength(job.input)));
      const value = secondsPerMb(job.input, job.options);
      perMb.push(value.cpu);
      // Large cases take minutes on a busy machine: show each figure as it comes.
      console.log(
        `  ${kind}, ${size / 1000} KB: ${value.wall.toFixed(2)} s/MB, CPU ${value.cpu.toFixed(2)} s/MB`,
      );
      rows.push({
        suite: name,
        case: `${kind}, ${(size / 1000).toLocaleString("en")} KB`,
        metrics: { "s/MB": value.wall, "CPU s/MB": value.cpu },
        notes: `load average ${loadavg()[0].toFixed(1)}`,
      });
    }
    // Growth: the most the CPU s/MB rises from a size to any larger one (1.0 or less: linear; the
    // fixed cost per article makes small inputs dearer per MB, which is not growth).
    const growth = Math.max(
      ...perMb.map((v, j) => (j === 0 ? 1 : v / Math.min(...perMb.slice(0, j)))),
    );
    console.log(`  ${kind}: growth ${growth.toFixed(2)}`);
    rows.push({
      suite: name,
      case: `${kind}: largest / smallest CPU s/MB; growth with size`,
      metrics: { ratio: Math.max(...perMb) / Math.min(...perMb), growth },
    });
  }
  return rows;
}
