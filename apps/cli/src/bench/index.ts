/**
 * `pnpm bench [suite…]`: runs every benchmark suite in `suites/` (or those named), prints a
 * summary table and writes all results to `bench-results/latest.json` and `bench-results/latest.md`
 * at the repository root. Each suite exports `name`, `description` and `run(): Promise<BenchRow[]>`.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface BenchRow {
  suite: string;
  case: string;
  /** Metric name → value, e.g. { "articles/s": 120, "MB/s": 1.1, "p99 ms": 12 }. */
  metrics: Record<string, number | string>;
  notes?: string;
}

interface Suite {
  name: string;
  description: string;
  run(args: string[]): Promise<BenchRow[]>;
}

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../../..");

async function main(argv: string[]): Promise<void> {
  const wanted = argv.filter((a) => !a.startsWith("--"));
  const files = readdirSync(join(here, "suites")).filter(
    (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
  );
  const rows: BenchRow[] = [];
  for (const file of files.sort()) {
    const suite = (await import(join(here, "suites", file))) as Suite;
    if (wanted.length && !wanted.includes(suite.name)) continue;
    console.log(`\n== ${suite.name}: ${suite.description}`);
    const result = await suite.run(argv);
    for (const r of result)
      console.log(`  ${r.case}: ${formatMetrics(r.metrics)}${r.notes ? ` (${r.notes})` : ""}`);
    rows.push(...result);
  }
  const outDir = join(repoRoot, "bench-results");
  mkdirSync(outDir, { recursive: true });
  const stamp = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: (await import("node:os")).cpus().length,
  };
  writeFileSync(join(outDir, "latest.json"), `${JSON.stringify({ ...stamp, rows }, null, 2)}\n`);
  writeFileSync(join(outDir, "latest.md"), toMarkdown(stamp, rows));
  console.log(`\nResults written to ${join(outDir, "latest.json")} and latest.md`);
}

function formatMetrics(m: Record<string, number | string>): string {
  return Object.entries(m)
    .map(([k, v]) => `${k}=${typeof v === "number" ? Number(v.toPrecision(4)) : v}`)
    .join(", ");
}

function toMarkdown(stamp: { date: string; node: string; cpus: number }, rows: BenchRow[]): string {
  const lines = [
    `# whosaid benchmarks`,
    "",
    `${stamp.date}, Node ${stamp.node}, ${stamp.cpus} cores`,
    "",
  ];
  lines.push("| suite | case | metrics | notes |", "| --- | --- | --- | --- |");
  for (const r of rows)
    lines.push(`| ${r.suite} | ${r.case} | ${formatMetrics(r.metrics)} | ${r.notes ?? ""} |`);
  return `${lines.join("\n")}\n`;
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
