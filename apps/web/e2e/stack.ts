/**
 * The stack the browser tests run against: a fresh API on an embedded database in a temporary
 * folder, seeded through the ingest mutation, and the built web app (`next start`) pointed at it.
 * Every process is started here and stopped by its own id in `stop()`.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const webDir = resolve(import.meta.dirname, "..");
export const repoRoot = resolve(webDir, "../..");
export const TOKEN = "e2e-ingest-token-0123456789";
/** The tests' own build folder: rebuilding never disturbs a `pnpm start` using `.next`. */
const DIST_DIR = ".next-e2e";

export interface Stack {
  apiUrl: string;
  webUrl: string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Files and folders that do not change the build (or that the build itself writes). */
const IGNORED = new Set(["node_modules", "e2e", "next-env.d.ts", "README.md"]);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const skip =
      IGNORED.has(entry.name) || entry.name.startsWith(".") || entry.name.endsWith(".tsbuildinfo");
    if (skip) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Runs `next build` unless a build newer than every source file exists. */
export function buildIfNeeded(): void {
  const buildId = join(webDir, DIST_DIR, "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestMtime(webDir)) return;
  console.log("[e2e] building the web app (next build)…");
  const result = spawnSync(join(webDir, "node_modules/.bin/next"), ["build"], {
    cwd: webDir,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", WHOSAID_WEB_DIST_DIR: DIST_DIR },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/** Starts a process in its own group, collecting its output for error messages. */
function launch(command: string, args: string[], cwd: string, env: Record<string, string>) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  return { child, output: () => output };
}

async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  log: () => string,
  ms = 90_000,
) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} did not start in time. Output:\n${log().slice(-3000)}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      done();
    });
    process.kill(-child.pid!, "SIGTERM");
  });
}

/** Starts the API and the web app; `seed` runs once the API is up. */
export async function startStack(seed: (apiUrl: string) => Promise<void>): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), "whosaid-e2e-"));
  const [apiPort, webPort] = [await freePort(), await freePort()];
  const apiUrl = `http://localhost:${apiPort}/graphql`;
  const webUrl = `http://localhost:${webPort}`;
  const api = launch("node", ["--import", "tsx", "apps/api/src/server.ts"], repoRoot, {
    PORT: String(apiPort),
    WHOSAID_DATA_DIR: join(dataDir, "data"),
    WHOSAID_INGEST_TOKEN: TOKEN,
    WHOSAID_WEB_ORIGIN: webUrl,
    DATABASE_URL: "",
    NODE_ENV: "production",
  });
  const stop = async () => {
    await Promise.all([stopProcess(api.child), web ? stopProcess(web.child) : undefined]);
    rmSync(dataDir, { recursive: true, force: true });
  };
  let web: ReturnType<typeof launch> | undefined;
  try {
    await waitFor(
      "The API",
      async () => (await fetch(`${apiUrl}?query=%7B__typename%7D`)).ok,
      api.output,
    );
    await seed(apiUrl);
    web = launch(join(webDir, "node_modules/.bin/next"), ["start", "-p", String(webPort)], webDir, {
      WHOSAID_API_URL: apiUrl,
      NEXT_PUBLIC_WHOSAID_API_URL: apiUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      WHOSAID_WEB_DIST_DIR: DIST_DIR,
    });
    const started = web;
    await waitFor("The web app", async () => (await fetch(`${webUrl}/ingest`)).ok, started.output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiUrl, webUrl, stop };
}
