/**
 * What `pnpm start` runs, decided from the environment alone (no side effects but the token
 * file): where the servers listen, the token they get, their commands, and what is printed.
 * Kept apart from scripts/start.mjs so that scripts/start-plan.test.ts checks the same values.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { delimiter, isAbsolute, join, resolve } from "node:path";
import { withMallocSettings } from "../packages/db/src/threads/malloc-env.mjs";

/** The interface both servers listen on: 127.0.0.1 (this machine only) unless HOST says otherwise. */
export function listenHost(env) {
  return env.HOST?.trim() || "127.0.0.1";
}

/**
 * The ingest token and where it comes from: WHOSAID_INGEST_TOKEN, else .whosaid/ingest-token
 * (created once, mode 600). Never taken from the command line, where pnpm echoes it.
 */
export function ingestToken(root, env) {
  if (env.WHOSAID_INGEST_TOKEN)
    return { token: env.WHOSAID_INGEST_TOKEN, where: "WHOSAID_INGEST_TOKEN", file: null };
  const file = join(root, ".whosaid", "ingest-token");
  if (existsSync(file))
    return { token: readFileSync(file, "utf8").trim(), where: ".whosaid/ingest-token", file };
  mkdirSync(join(root, ".whosaid"), { recursive: true });
  const token = randomBytes(24).toString("base64url");
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { token, where: ".whosaid/ingest-token (new)", file };
}

/** Ports, host, URLs, data folder and token of one start. */
export function startPlan(root, env, { dev = false } = {}) {
  const apiPort = Number(env.PORT || 4000);
  const webPort = Number(env.WEB_PORT || 3000);
  const dataDir = env.WHOSAID_DATA_DIR || join(root, ".whosaid", "data");
  return {
    dev,
    host: listenHost(env),
    apiPort,
    webPort,
    apiUrl: `http://localhost:${apiPort}/graphql`,
    webUrl: `http://localhost:${webPort}`,
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(root, dataDir),
    ...ingestToken(root, env),
  };
}

/** The API's command: node running apps/api/src/server.ts, listening on the plan's host, preloading the samples. */
export function apiCommand(root, env, plan) {
  return {
    command: process.execPath,
    args: ["--import", "tsx", "src/server.ts"],
    cwd: join(root, "apps/api"),
    // glibc's allocator settings for a process running PGlite (packages/db/src/threads).
    env: withMallocSettings({
      ...env,
      WHOSAID_DATA_DIR: plan.dataDir,
      // The API stores the bundled samples in the background once it answers (idempotent).
      WHOSAID_PRELOAD:
        env.WHOSAID_PRELOAD ??
        [join(root, "samples/articles"), join(root, "samples/wikinews.jsonl")].join(delimiter),
      HOST: plan.host,
      PORT: String(plan.apiPort),
      WHOSAID_INGEST_TOKEN: plan.token,
      WHOSAID_WEB_ORIGIN: env.WHOSAID_WEB_ORIGIN || plan.webUrl,
    }),
  };
}

/** The web app's command: `next start` (`next dev` with --dev) on the plan's host and port. */
export function webCommand(root, env, plan) {
  return {
    command: join(root, "apps/web/node_modules/.bin/next"),
    args: [plan.dev ? "dev" : "start", "-p", String(plan.webPort), "-H", plan.host],
    cwd: join(root, "apps/web"),
    env: {
      ...env,
      WHOSAID_DATA_DIR: plan.dataDir,
      WHOSAID_API_URL: env.WHOSAID_API_URL || plan.apiUrl,
      PORT: String(plan.webPort),
    },
  };
}

/** What is printed once both servers run: where the token is, never the token itself. */
export function banner(env, plan) {
  // Terminal logs and screen shares keep what is printed: the token is only named.
  const tokenFromFile = plan.file ? "WHOSAID_INGEST_TOKEN=$(cat .whosaid/ingest-token) " : "";
  return [
    "",
    `  whosaid web app   ${plan.webUrl}`,
    `  GraphQL API       ${plan.apiUrl}  (GraphiQL in the browser)`,
    `  ingest token      in ${plan.where}`,
    `  database          ${env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${plan.dataDir}`}`,
    `  listening on      ${plan.host}${plan.host === "127.0.0.1" ? " (this machine only; HOST=0.0.0.0 for every interface)" : ""}`,
    "",
    `  add articles:     ${tokenFromFile}pnpm whosaid ingest --api ${plan.apiUrl} PATH…`,
    "  stop with Ctrl+C",
    "",
  ].join("\n");
}
