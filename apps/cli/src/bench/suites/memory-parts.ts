/**
 * The idle API's RSS by part: each thread's V8 heap (from a probe preloaded into every thread),
 * PGlite's WebAssembly memory and the files mapped in (from /proc/PID/smaps), and the rest
 * (native: the allocator's arenas, compiled WebAssembly, isolates). One API process on PGlite with
 * 40 samples, its parser thread loaded by one preview, 30 s idle. Linux only.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestSamples, loadSamples, rssMb, startApiProcess } from "@whosaid/api/bench";
import { openDatabase } from "@whosaid/db";
import type { BenchRow } from "../index.ts";
import { residentByMapping } from "../memory-parts/smaps.ts";

export const name = "memory-parts";
export const description = "API idle RSS by part: each thread's heap, PGlite's memory, the rest";

const TOKEN = "memory-bench-token";
const PROBE = fileURLToPath(new URL("../memory-parts/probe.cjs", import.meta.url));
const SAMPLE =
  'Talks resume\n\nThe minister said on Monday that talks would resume. "We are ready," she said.\n';

interface ThreadFigures {
  role: string;
  threadId: number;
  physicalMb: number;
  usedMb: number;
  youngMb: number;
}

const round = (mb: number) => Math.round(mb * 10) / 10;

export async function run(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "whosaid-bench-memory-parts-"));
  const probeDir = mkdtempSync(join(tmpdir(), "whosaid-memory-probe-"));
  try {
    const db = await openDatabase({ dataDir });
    await ingestSamples(db, loadSamples().slice(0, 40)).finally(() => db.close());
    const api = await startApiProcess({
      WHOSAID_DATA_DIR: dataDir,
      DATABASE_URL: "",
      WHOSAID_INGEST_TOKEN: TOKEN,
      WHOSAID_MEMORY_PROBE_DIR: probeDir,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} -r ${PROBE}`,
    });
    try {
      const response = await fetch(api.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({
          query: `mutation ($text: String!) { previewArticle(input: { text: $text }) { authors } }`,
          variables: { text: SAMPLE },
        }),
      });
      if (!response.ok) throw new Error(`memory-parts bench: preview failed (${response.status})`);
      await new Promise((r) => setTimeout(r, 30_000));
      const pid = api.child.pid as number;
      const rss = rssMb(pid);
      const maps = residentByMapping(pid);
      const threads = readdirSync(probeDir).map(
        (f) => JSON.parse(readFileSync(join(probeDir, f), "utf8")) as ThreadFigures,
      );
      const rows: BenchRow[] = [{ suite: name, case: "RSS", metrics: { MB: round(rss) } }];
      const part = (label: string, mb: number, notes?: string) =>
        rows.push({ suite: name, case: label, metrics: { MB: round(mb) }, notes });
      part("files mapped in (Node's binary, libraries)", maps.fileMb);
      for (const t of threads.sort((a, b) => a.threadId - b.threadId))
        part(
          `${t.role} (thread ${t.threadId}): V8 heap`,
          t.physicalMb,
          `${round(t.usedMb)} MB used, young generation ${round(t.youngMb)} MB`,
        );
      part("PGlite's WebAssembly memory (resident)", maps.wasmMemoryMb);
      const known = maps.fileMb + maps.wasmMemoryMb + threads.reduce((n, t) => n + t.physicalMb, 0);
      part(
        "the rest: native (allocator arenas, compiled WebAssembly, isolates)",
        maps.totalMb - known,
      );
      return rows;
    } finally {
      await api.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(probeDir, { recursive: true, force: true });
  }
}
