/**
 * The API process at idle on the embedded default (PGlite in a data folder holding the samples):
 * RSS with its parser thread loaded, and with PGlite's own default buffer cache (128MB) instead of
 * ours, with the parser thread compiled by tsx instead of loading its bundle, and before any parse
 * (no parser thread), each in a fresh process, 30 s after it listens (the threads collect their
 * garbage after ~10 s quiet). The default case runs `--memory-runs=N` times (default 3): the
 * memory the allocator keeps after PGlite's WebAssembly is compiled varies by ±30 MB from one
 * process to the next.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestSamples, loadSamples, rssMb, startApiProcess } from "@whosaid/api/bench";
import { openDatabase } from "@whosaid/db";
import type { BenchRow } from "../index.ts";

export const name = "memory";
export const description = "API idle RSS on PGlite with the parser thread loaded, and its parts";

const TOKEN = "memory-bench-token";
const SAMPLE =
  'Talks resume\n\nThe minister said on Monday that talks would resume in Kyiv. "We are ready," she told reporters.\n';

function runsOf(args: string[]): number {
  const raw = args.find((a) => a.startsWith("--memory-runs="))?.split("=")[1] ?? "3";
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`memory bench: bad --memory-runs "${raw}"`);
  return n;
}

async function idle(env: Record<string, string>, parse = true) {
  const api = await startApiProcess({ ...env, WHOSAID_INGEST_TOKEN: TOKEN });
  try {
    // Parser threads start on the first parse: preview one article so that the thread, its
    // language model and knowledge base are loaded, as in a process that has ingested.
    if (parse) await preview(api.url);
    await new Promise((r) => setTimeout(r, 30_000));
    const health = (await (await fetch(api.url.replace(/\/graphql$/, "/health"))).json()) as {
      memory: { heapUsedMb: number };
    };
    return { "RSS MB": Math.round(rssMb(api.child.pid)), "main heap MB": health.memory.heapUsedMb };
  } finally {
    await api.stop();
  }
}

async function preview(url: string): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      query: `mutation ($text: String!) { previewArticle(input: { text: $text }) { authors } }`,
      variables: { text: SAMPLE },
    }),
  });
  if (!response.ok) throw new Error(`memory bench: preview failed (${response.status})`);
}

export async function run(args: string[] = []): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "whosaid-bench-memory-"));
  try {
    const db = await openDatabase({ dataDir });
    await ingestSamples(db, loadSamples().slice(0, 40)).finally(() => db.close());
    const base = { WHOSAID_DATA_DIR: dataDir, DATABASE_URL: "" };
    const rows: BenchRow[] = [];
    const runs = runsOf(args);
    for (let i = 1; i <= runs; i++) {
      const label = `idle, parser thread loaded (the default), run ${i} of ${runs}`;
      rows.push({ suite: name, case: label, metrics: await idle(base) });
    }
    const cases: [string, Record<string, string>][] = [
      [
        "idle, parser thread, PGlite's default 128MB buffers",
        { WHOSAID_PGLITE_SHARED_BUFFERS: "128MB" },
      ],
      ["idle, parser thread through tsx instead of its bundle", { WHOSAID_PARSER_BUNDLE: "0" }],
    ];
    for (const [label, env] of cases)
      rows.push({ suite: name, case: label, metrics: await idle({ ...base, ...env }) });
    const noParse = "idle, no parse yet (the parser thread not started)";
    rows.push({ suite: name, case: noParse, metrics: await idle(base, false) });
    return rows;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
