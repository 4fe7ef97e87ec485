/**
 * Web render benchmark: server render time of `/quotes?country=UA&official=true`, a person page
 * (Zelenskyy's), an article page and the home page, from the built Next.js app (`next start`)
 * against the API over a benchmark archive (PGlite, default 5,000 articles; `--web-articles=N` or
 * WHOSAID_BENCH_WEB_ARTICLES). Median and p90 of full HTML responses after warm-up.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestSamples, loadSamples, startApiProcess } from "@whosaid/api/bench";
import { openDatabase, repoRoot } from "@whosaid/db";
import { copyToSize } from "@whosaid/db/bench";
import type { BenchRow } from "../index.ts";

export const name = "web";
export const description =
  "Server render time (median, p90) of web pages over the benchmark archive";

const webDir = join(repoRoot, "apps/web");
const nextBin = join(webDir, "node_modules/.bin/next");
/** A build folder of its own: a running `pnpm start` (`.next`) is never rebuilt under it. */
const distDir = ".next-bench";

/** Newest modification time of the web app's sources. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || ["node_modules", "e2e"].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function setting(args: string[], flag: string, envName: string, fallback: number): number {
  const n = Number(
    args.find((a) => a.startsWith(`--${flag}=`))?.split("=")[1] ?? process.env[envName] ?? fallback,
  );
  if (!Number.isInteger(n) || n < 1) throw new Error(`web bench: bad ${flag}`);
  return n;
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function startWeb(apiUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const buildId = join(webDir, distDir, "BUILD_ID");
  const env = {
    ...process.env,
    NODE_ENV: "production",
    WHOSAID_WEB_DIST_DIR: distDir,
    WHOSAID_API_URL: apiUrl,
    NEXT_PUBLIC_WHOSAID_API_URL: apiUrl,
  };
  if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSource(webDir)) {
    const built = spawnSync(nextBin, ["build"], { cwd: webDir, stdio: "inherit", env });
    if (built.status !== 0) throw new Error("next build failed");
  }
  const port = await freePort();
  const child = spawn(nextBin, ["start", "-p", String(port)], {
    cwd: webDir,
    env,
    stdio: "ignore",
  });
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(`${url}/ingest`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error("next start did not answer");
}

/** Milliseconds to receive the whole page, `runs` times after `warm` unmeasured loads. */
async function timeLoads(url: string, runs: number, warm = 3): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < warm + runs; i++) {
    const start = performance.now();
    const response = await fetch(url);
    await response.text();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    if (i >= warm) times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

async function firstId(apiUrl: string, query: string): Promise<string> {
  const body = await (
    await fetch(apiUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    })
  ).json();
  const edges = Object.values(body.data as Record<string, { edges: { node: { id: string } }[] }>)[0]
    .edges;
  if (!edges.length) throw new Error(`web bench: nothing found for ${query}`);
  return edges[0].node.id;
}

export async function run(args: string[]): Promise<BenchRow[]> {
  const articles = setting(args, "web-articles", "WHOSAID_BENCH_WEB_ARTICLES", 5_000);
  const runs = setting(args, "web-runs", "WHOSAID_BENCH_WEB_RUNS", 15);
  const dataDir = mkdtempSync(join(tmpdir(), "whosaid-bench-web-"));
  const db = await openDatabase({ dataDir });
  await ingestSamples(db, loadSamples().slice(0, 60))
    .then(() => copyToSize(db, articles))
    .finally(() => db.close());
  const api = await startApiProcess({ WHOSAID_DATA_DIR: dataDir, DATABASE_URL: "" });
  let web: { url: string; child: ChildProcess } | undefined;
  try {
    web = await startWeb(api.url);
    const person = await firstId(
      api.url,
      '{ people(first: 1, filter: { search: "Zelenskyy" }) { edges { node { id } } } }',
    );
    const article = await firstId(
      api.url,
      '{ articles(first: 1, filter: { search: "Kherson" }) { edges { node { id } } } }',
    );
    const pages: [string, string][] = [
      ["/quotes?country=UA&official=true", "Ukrainian officials"],
      [`/people/${encodeURIComponent(person)}`, "person page (Zelenskyy)"],
      [`/articles/${encodeURIComponent(article)}`, "article page (reference)"],
      ["/", "home"],
      ["/ingest", "ingest form (no API query: the framework's own cost)"],
    ];
    const rows: BenchRow[] = [];
    for (const [path, label] of pages) {
      const times = await timeLoads(web.url + path, runs);
      const at = (q: number) =>
        Number(times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1));
      rows.push({
        suite: name,
        case: `${label}, ${articles} articles, PGlite`,
        metrics: { "median ms": at(0.5), "p90 ms": at(0.9), runs },
        notes: "next start + API on loopback, full HTML",
      });
    }
    return rows;
  } finally {
    web?.child.kill("SIGTERM");
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
