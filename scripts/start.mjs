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
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const dev = process.argv.includes("--dev");
const apiPort = Number(process.env.PORT || 4000);
const webPort = Number(process.env.WEB_PORT || 3000);
const host = process.env.HOST?.trim() || "127.0.0.1";
const apiUrl = `http://localhost:${apiPort}/graphql`;
const webUrl = `http://localhost:${webPort}`;
const log = (message) => console.log(`[whosaid] ${message}`);

function ingestToken() {
  if (process.env.WHOSAID_INGEST_TOKEN)
    return { token: process.env.WHOSAID_INGEST_TOKEN, where: "WHOSAID_INGEST_TOKEN", file: null };
  const file = join(root, ".whosaid", "ingest-token");
  if (existsSync(file))
    return { token: readFileSync(file, "utf8").trim(), where: ".whosaid/ingest-token", file };
  mkdirSync(join(root, ".whosaid"), { recursive: true });
  const token = randomBytes(24).toString("base64url");
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { token, where: ".whosaid/ingest-token (new)", file };
}

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

async function waitForApi(child) {
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
  const dataDir = process.env.WHOSAID_DATA_DIR || join(root, ".whosaid", "data");
  const env = {
    ...process.env,
    WHOSAID_DATA_DIR: isAbsolute(dataDir) ? dataDir : resolve(root, dataDir),
  };
  const { token, where, file: tokenFile } = ingestToken();
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

  const api = start("the API", process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: join(root, "apps/api"),
    env: {
      ...env,
      HOST: host,
      PORT: String(apiPort),
      WHOSAID_INGEST_TOKEN: token,
      WHOSAID_WEB_ORIGIN: process.env.WHOSAID_WEB_ORIGIN || webUrl,
    },
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(0));
  if (!(await waitForApi(api))) return;
  const next = join(root, "apps/web/node_modules/.bin/next");
  start("the web app", next, [dev ? "dev" : "start", "-p", String(webPort), "-H", host], {
    cwd: join(root, "apps/web"),
    env: {
      ...env,
      WHOSAID_API_URL: process.env.WHOSAID_API_URL || apiUrl,
      PORT: String(webPort),
    },
  });
  // The token itself is never printed (terminal logs and screen shares keep it): only where it is.
  const tokenFromFile = tokenFile ? "WHOSAID_INGEST_TOKEN=$(cat .whosaid/ingest-token) " : "";
  console.log(
    [
      "",
      `  whosaid web app   ${webUrl}`,
      `  GraphQL API       ${apiUrl}  (GraphiQL in the browser)`,
      `  ingest token      in ${where}`,
      `  database          ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${env.WHOSAID_DATA_DIR}`}`,
      `  listening on      ${host}${host === "127.0.0.1" ? " (this machine only; HOST=0.0.0.0 for every interface)" : ""}`,
      "",
      `  add articles:     ${tokenFromFile}pnpm whosaid ingest --api ${apiUrl} PATH…`,
      "  stop with Ctrl+C",
      "",
    ].join("\n"),
  );
}

main().catch((error) => {
  console.error(`[whosaid] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
