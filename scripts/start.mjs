#!/usr/bin/env node
/**
 * `pnpm start` (`pnpm dev` passes --dev): ingests the bundled samples into the database (idempotent:
 * a second start adds nothing) while it builds the web app once (not with --dev), then runs the API
 * (:4000, GraphiQL at /graphql) and the web app (:3000) as child processes until either stops.
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

async function ingestSamples(env) {
  log("ingesting the bundled samples (already stored articles are skipped)…");
  const code = await runToEnd(
    process.execPath,
    [
      join(root, "apps/cli/bin/whosaid.mjs"),
      "ingest",
      join(root, "samples/articles"),
      join(root, "samples/wikinews.jsonl"),
    ],
    { env },
  );
  // 3 means "some inputs had errors": the rest is stored, so start anyway.
  if (code !== 0 && code !== 3) throw new Error("ingesting the samples failed (see above)");
}

async function buildWeb() {
  if (dev || existsSync(join(root, "apps/web/.next/BUILD_ID"))) return;
  log("building the web app (first start only)…");
  const pnpm =
    process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath)
      ? process.env.npm_execpath
      : "pnpm";
  const args = ["--filter", "@whosaid/web", "build"];
  const code =
    pnpm.endsWith(".js") || pnpm.endsWith(".cjs")
      ? await runToEnd(process.execPath, [pnpm, ...args])
      : await runToEnd(pnpm, args, { shell: process.platform === "win32" });
  if (code !== 0) throw new Error("building the web app failed (see above)");
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

async function main() {
  const plan = startPlan(root, process.env, { dev });
  const env = { ...process.env, WHOSAID_DATA_DIR: plan.dataDir };
  // The two first-start phases need nothing from each other (the web build does not query the
  // API): run them side by side, so the first start takes the longer of the two, not the sum.
  const started = Date.now();
  const timed = (label, promise) =>
    promise.then(() => log(`${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`));
  await Promise.all([timed("ingest", ingestSamples(env)), timed("web build", buildWeb())]);

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
  const webRun = webCommand(root, process.env, plan);
  start("the web app", webRun.command, webRun.args, { cwd: webRun.cwd, env: webRun.env });
  console.log(banner(process.env, plan));
}

main().catch((error) => {
  console.error(`[whosaid] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
