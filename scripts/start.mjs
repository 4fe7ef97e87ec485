#!/usr/bin/env node
/**
 * `pnpm start` (`pnpm dev` passes --dev): starts the API (:4000, GraphiQL at /graphql) at once,
 * which ingests the bundled samples in the background (WHOSAID_PRELOAD; idempotent: a second start
 * adds nothing), while the web app is built (not with --dev; only when its sources changed since
 * the last build), then runs the web app (:3000); both as child processes until either stops.
 *
 * Both servers listen on 127.0.0.1 (this machine only) unless HOST says otherwise (HOST=0.0.0.0:
 * every interface). Mutations need a token: WHOSAID_INGEST_TOKEN, else one generated once and
 * kept in .whosaid/ingest-token (mode 600); it is never printed, only where it is. Set
 * DATABASE_URL to use PostgreSQL instead of embedded PGlite.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  isBuildCurrent,
  webSourcesHash,
  writeBuildStamp,
} from "../apps/web/scripts/build-stamp.mjs";
import { apiCommand, banner, startPlan, webCommand } from "./start-plan.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const dev = process.argv.includes("--dev");
const log = (message) => console.log(`[whosaid] ${message}`);

/** Runs a command to completion, output shown; resolves with its exit code. */
function runToEnd(command, args, options = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: "inherit", cwd: root, ...options });
    child.on("exit", (code, signal) => done(code ?? (signal ? 1 : 0)));
    child.on("error", (error) => {
      console.error(`[whosaid] could not run ${command}: ${error.message}`);
      done(1);
    });
  });
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * Creates the embedded database's folder (and runs the migrations) in a short-lived process of
 * its own when it does not exist yet: PGlite's WebAssembly heap grows by hundreds of MB while it
 * creates a database and never shrinks, so the long-running API should open an existing one.
 */
async function createDatabase(env) {
  if (process.env.DATABASE_URL || existsSync(env.WHOSAID_DATA_DIR)) return;
  const started = Date.now();
  log("creating the embedded database…");
  const code = await runToEnd(
    process.execPath,
    ["--import", "tsx", join(root, "scripts/create-database.mjs")],
    { env },
  );
  if (code !== 0) throw new Error("creating the database failed (see above)");
  log(`database created in ${seconds(started)}`);
}

/** Builds the web app unless `.next` holds a build of its current sources (not with --dev). */
async function buildWeb() {
  const webDir = join(root, "apps/web");
  const distDir = join(webDir, ".next");
  const hash = webSourcesHash(webDir, join(root, "pnpm-lock.yaml"));
  if (dev || isBuildCurrent(distDir, hash)) return false;
  log(
    existsSync(join(distDir, "BUILD_ID"))
      ? "the web app changed since its last build: building it again…"
      : "building the web app (first start only)…",
  );
  const pnpm =
    process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath)
      ? process.env.npm_execpath
      : "pnpm";
  const args = ["--filter", "@whosaid/web", "build"];
  // Built to run, not to develop: no type check, no build cache (see apps/web/next.config.ts).
  const env = { ...process.env, WHOSAID_WEB_BUILD_FOR_START: "1", NEXT_TELEMETRY_DISABLED: "1" };
  const code =
    pnpm.endsWith(".js") || pnpm.endsWith(".cjs")
      ? await runToEnd(process.execPath, [pnpm, ...args], { env })
      : await runToEnd(pnpm, args, { env, shell: process.platform === "win32" });
  if (code !== 0) throw new Error("building the web app failed (see above)");
  writeBuildStamp(distDir, hash);
  return true;
}

async function waitForApi(child, apiUrl) {
  for (let i = 0; i < 240 && child.exitCode === null; i++) {
    try {
      const response = await fetch(`${apiUrl}?query=%7B__typename%7D`, {
        headers: { accept: "application/json" },
      });
      if (response.ok) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function waitForWeb(child, webUrl) {
  for (let i = 0; i < 480 && child.exitCode === null; i++) {
    try {
      await fetch(webUrl, { redirect: "manual" });
      return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function main() {
  const plan = startPlan(root, process.env, { dev });
  const env = { ...process.env, WHOSAID_DATA_DIR: plan.dataDir };
  // The web build needs nothing from the API: it starts first, and the API meanwhile opens the
  // database and answers while it stores the samples in the background.
  const started = Date.now();
  const building = buildWeb().then((built) => {
    if (built) log(`web app built in ${seconds(started)}`);
  });
  building.catch(() => {}); // awaited below, once the API runs
  await createDatabase(env);

  const children = [];
  let stopping = false;
  // Each child leads its own process group, so that what it starts (next dev runs a separate
  // server process) stops with it.
  const signalGroup = (child, signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      child.kill(signal);
    }
  };
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    for (const c of children) if (c.exitCode === null) signalGroup(c, "SIGTERM");
    // Give them a moment to close the database cleanly, then make sure nothing is left.
    setTimeout(() => {
      for (const c of children) signalGroup(c, "SIGKILL");
      process.exit(code);
    }, 5000).unref();
    Promise.all(
      children.map((c) => (c.exitCode === null ? new Promise((r) => c.on("exit", r)) : null)),
    ).then(() => {
      // The leaders are gone; whatever they left in their groups (helper processes) goes too.
      for (const c of children) signalGroup(c, "SIGKILL");
      process.exit(code);
    });
  };
  const start = (name, command, args, options) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      detached: process.platform !== "win32",
      ...options,
    });
    child.on("exit", (code, signal) => {
      if (!stopping) log(`${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
      stop(code ?? 1);
    });
    children.push(child);
    return child;
  };

  const apiRun = apiCommand(root, process.env, plan);
  const api = start("the API", apiRun.command, apiRun.args, { cwd: apiRun.cwd, env: apiRun.env });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(0));
  if (!(await waitForApi(api, plan.apiUrl))) return;
  log(
    `the API answers at ${plan.apiUrl} after ${seconds(started)}${dev ? "" : "; the web app follows once built"}`,
  );
  try {
    await building;
  } catch (error) {
    console.error(`[whosaid] ${error.message}`);
    return stop(1);
  }
  const webRun = webCommand(root, process.env, plan);
  const web = start("the web app", webRun.command, webRun.args, {
    cwd: webRun.cwd,
    env: webRun.env,
  });
  if (!(await waitForWeb(web, plan.webUrl))) return;
  log(`the web app answers at ${plan.webUrl} after ${seconds(started)}`);
  console.log(banner(process.env, plan));
}

main().catch((error) => {
  console.error(`[whosaid] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
