/**
 * The property-based campaign of issue 13 against a real API process over HTTP, on a fresh
 * database holding the samples: 100,000 generated requests per backend by default
 * (`--fuzz-cases=N` or WHOSAID_BENCH_FUZZ_CASES; `--fuzz-backends=postgres,pglite`;
 * `--fuzz-clients=N` concurrent clients, default 8). Reports
 * cases, duration, codes and findings; a finding is a process exit, an uncoded or
 * INTERNAL_SERVER_ERROR answer, a 5xx, a broken body, or an article stored in part.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import {
  type CampaignFigures,
  ingestSamples,
  knownIds,
  loadSamples,
  runCampaign,
  type Send,
  startApiProcess,
} from "@whosaid/api/bench";
import { openDatabase, readDbEnv } from "@whosaid/db";
import { incompleteArticles } from "@whosaid/db/read";
import { createTestDatabase } from "@whosaid/db/testing";
import type { BenchRow } from "../index.ts";

export const name = "api-fuzz";
export const description = "fast-check campaign against a real API: cases, duration, findings";

const TOKEN = "bench-fuzz-ingest-token-0123";
const READ = "bench-fuzz-read-token-0123";

function setting(args: string[], flag: string, envName: string, fallback: string): string {
  return (
    args.find((a) => a.startsWith(`--${flag}=`))?.split("=")[1] ?? process.env[envName] ?? fallback
  );
}

async function campaign(
  backend: string,
  env: Record<string, string>,
  cases: number,
  samples: string[],
  clients: number,
) {
  const api = await startApiProcess({
    ...env,
    WHOSAID_INGEST_TOKEN: TOKEN,
    WHOSAID_TOKENS: `${READ}:read`,
    WHOSAID_MUTATIONS_PER_MINUTE: "10000000",
  });
  // The longest line the API logs: user input must never reach the log unbounded.
  let longestLogLine = 0;
  // Its errors, kept for the findings file (the first 100).
  const errorLines: string[] = [];
  const lastLines: string[] = [];
  const watch = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      longestLogLine = Math.max(longestLogLine, line.length);
      if (/error|failed|stopped/i.test(line) && errorLines.length < 100) errorLines.push(line);
      if (line) lastLines.push(line.slice(0, 500));
      if (lastLines.length > 30) lastLines.shift();
    }
  };
  let exited: string | null = null;
  let stopping = false;
  api.child.once("exit", (code, signal) => {
    // The campaign's own stop at the end is no finding.
    if (stopping) return;
    exited = `exited with ${code ?? signal}`;
    // Said at once, with the API's last lines: the campaign goes on against a dead port.
    console.error(`  ${backend}: the API ${exited}; its last lines:\n${lastLines.join("\n")}`);
  });
  api.child.stdout?.on("data", watch);
  api.child.stderr?.on("data", watch);
  const base = api.url.replace(/\/graphql$/, "");
  const send: Send = (r) =>
    fetch(`${base}${r.path}`, { method: r.method, headers: r.headers, body: r.body });
  let figures: CampaignFigures;
  try {
    const ids = await knownIds(send);
    const started = performance.now();
    figures = await runCampaign({
      send,
      cases,
      seed: 13,
      concurrency: clients,
      ids,
      samples,
      tokens: [TOKEN, READ],
      onProgress: (done) => {
        if (done % 1000 !== 0 && done !== cases) return;
        const seconds = (performance.now() - started) / 1000;
        console.log(
          `  ${backend}: ${done} cases in ${seconds.toFixed(0)} s (${(done / seconds).toFixed(1)}/s, load ${loadavg()[0].toFixed(1)})`,
        );
      },
    });
    const live = await fetch(`${base}/health/live`).then(
      (r) => r.status,
      () => 0,
    );
    if (exited || live !== 200)
      figures.findings.push({ problem: exited ?? `health ${live}`, request: "" });
  } finally {
    stopping = true;
    await api.stop();
  }
  // Every finding in full, with what the API logged, for analysis (the table keeps the first).
  mkdirSync("bench-results", { recursive: true });
  writeFileSync(
    `bench-results/api-fuzz-${backend.toLowerCase()}-findings.json`,
    JSON.stringify(
      { findings: figures.findings, slowest: figures.slowest, apiLog: errorLines },
      null,
      1,
    ),
  );
  return { figures, longestLogLine };
}

function row(
  backend: string,
  figures: CampaignFigures,
  partial: string[],
  longestLogLine: number,
): BenchRow {
  const top = Object.entries(figures.byCode)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  return {
    suite: name,
    case: `${backend}, ${figures.cases} cases`,
    metrics: {
      seconds: Number(figures.seconds.toFixed(1)),
      "cases/s": Math.round(figures.cases / figures.seconds),
      findings: figures.findings.length + partial.length,
      "longest log line": longestLogLine,
    },
    notes: `${Object.entries(figures.byKind)
      .map(([k, n]) => `${k} ${n} (${Math.round((figures.msByKind[k] ?? 0) / n)} ms each)`)
      .join(
        ", ",
      )}; codes ${top.map(([c, n]) => `${c} ${n}`).join(", ")}${figures.findings.length ? `; first finding: ${figures.findings[0].problem.slice(0, 200)} ${figures.findings[0].request.slice(0, 300)}` : ""}${partial.length ? `; partial articles ${partial.length}` : ""}`,
  };
}

export async function run(args: string[]): Promise<BenchRow[]> {
  const cases = Number(setting(args, "fuzz-cases", "WHOSAID_BENCH_FUZZ_CASES", "100000"));
  const clients = Number(setting(args, "fuzz-clients", "WHOSAID_BENCH_FUZZ_CLIENTS", "8"));
  const backends = setting(
    args,
    "fuzz-backends",
    "WHOSAID_BENCH_FUZZ_BACKENDS",
    "postgres,pglite",
  ).split(",");
  const all = loadSamples();
  const samples = all.slice(0, 12).map((s) => s.text);
  const rows: BenchRow[] = [];
  if (backends.includes("postgres")) {
    const temp = await createTestDatabase(readDbEnv().testDatabaseUrl);
    try {
      const db = await openDatabase({ url: temp.url });
      console.log("  PostgreSQL: ingesting samples");
      await ingestSamples(db, all.slice(0, 20)).finally(() => db.close());
      console.log("  PostgreSQL: starting the API");
      const { figures, longestLogLine } = await campaign(
        "PostgreSQL",
        { DATABASE_URL: temp.url, WHOSAID_DATA_DIR: "" },
        cases,
        samples,
        clients,
      );
      const check = await openDatabase({ url: temp.url });
      const partial = await incompleteArticles(check).finally(() => check.close());
      rows.push(row("PostgreSQL", figures, partial, longestLogLine));
    } finally {
      await temp.drop();
    }
  }
  if (backends.includes("pglite")) {
    const dataDir = mkdtempSync(join(tmpdir(), "whosaid-bench-fuzz-"));
    try {
      const db = await openDatabase({ dataDir });
      await ingestSamples(db, all.slice(0, 20)).finally(() => db.close());
      const { figures, longestLogLine } = await campaign(
        "PGlite",
        { WHOSAID_DATA_DIR: dataDir, DATABASE_URL: "" },
        cases,
        samples,
        clients,
      );
      const check = await openDatabase({ dataDir });
      const partial = await incompleteArticles(check).finally(() => check.close());
      rows.push(row("PGlite", figures, partial, longestLogLine));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  for (const r of rows) console.log(`  ${r.case}: ${r.notes}`);
  return rows;
}
