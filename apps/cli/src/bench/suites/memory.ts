/**
 * The API process at idle on the embedded default (PGlite in a data folder holding the samples):
 * RSS with its parser thread loaded, and with PGlite's own default buffer cache (128MB) instead of
 * ours, and with the parser thread compiled by tsx instead of loading its bundle, each in a fresh
 * process, 20 s after it listens.
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

async function idle(env: Record<string, string>) {
  const api = await startApiProcess({ ...env, WHOSAID_INGEST_TOKEN: TOKEN });
  try {
    // Parser threads start on the first parse: preview one article so that the thread, its
    // language model and knowledge base are loaded, as in a process that has ingested.
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        query: `mutation ($text: String!) { previewArticle(input: { text: $text }) { authors } }`,
        variables: { text: SAMPLE },
      }),
    });
    if (!response.ok) throw new Error(`memory bench: preview failed (${response.status})`);
    await new Promise((r) => setTimeout(r, 20_000));
    const health = (await (await fetch(api.url.replace(/\/graphql$/, "/health"))).json()) as {
      memory: { heapUsedMb: number };
    };
    return { "RSS MB": Math.round(rssMb(api.child.pid)), "main heap MB": health.memory.heapUsedMb };
  } finally {
    await api.stop();
  }
}

export async function run(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "whosaid-bench-memory-"));
  try {
    const db = await openDatabase({ dataDir });
    await ingestSamples(db, loadSamples().slice(0, 40)).finally(() => db.close());
    const base = { WHOSAID_DATA_DIR: dataDir, DATABASE_URL: "" };
    const cases: [string, Record<string, string>][] = [
      ["idle, parser thread loaded (the default)", {}],
      [
        "idle, parser thread, PGlite's default 128MB buffers",
        { WHOSAID_PGLITE_SHARED_BUFFERS: "128MB" },
      ],
      ["idle, parser thread through tsx instead of its bundle", { WHOSAID_PARSER_BUNDLE: "0" }],
    ];
    const rows: BenchRow[] = [];
    for (const [label, env] of cases)
      rows.push({ suite: name, case: label, metrics: await idle({ ...base, ...env }) });
    return rows;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
