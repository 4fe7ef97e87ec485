#!/usr/bin/env node
/**
 * `pnpm test`: makes sure what the tests need is there (a PostgreSQL server, Debian's Chromium),
 * then runs every vitest project once and prints a closing "N passed, N failed" line.
 * Extra arguments go to vitest (e.g. `pnpm test packages/parser`).
 */
import { execSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const isCI = process.env.CI === "true" || process.env.CI === "1";
const pgUrl =
  process.env.WHOSAID_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
process.env.WHOSAID_TEST_DATABASE_URL = pgUrl;

function log(message) {
  console.log(`[test] ${message}`);
}

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function ensurePostgres() {
  const url = new URL(pgUrl);
  const host = url.hostname || "127.0.0.1";
  const port = Number(url.port || 5432);
  if (await reachable(host, port)) return log(`PostgreSQL is up at ${host}:${port}`);
  if (existsSync("/etc/postgresql")) {
    for (const version of readdirSync("/etc/postgresql")) {
      log(`starting PostgreSQL ${version}`);
      spawnSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"], {
        stdio: "inherit",
      });
    }
    for (let i = 0; i < 30 && !(await reachable(host, port)); i++)
      await new Promise((r) => setTimeout(r, 500));
  }
  if (await reachable(host, port)) return log(`PostgreSQL is up at ${host}:${port}`);
  const message = `PostgreSQL is not reachable at ${host}:${port}; its tests ${isCI ? "cannot run" : "will be reported as skipped"}.`;
  if (isCI) throw new Error(message);
  log(message);
}

function ensureChromium() {
  const chromium = process.env.WHOSAID_CHROMIUM ?? "/usr/bin/chromium";
  if (existsSync(chromium)) return log(`Chromium: ${chromium}`);
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    log("installing Debian's Chromium (apt-get install -y chromium)");
    execSync(
      "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
      { stdio: "inherit" },
    );
    return;
  }
  const message = `Chromium is missing at ${chromium}: install it with \`sudo apt-get install -y chromium\`.`;
  if (isCI) throw new Error(message);
  log(`${message} The browser tests will fail.`);
}

async function main() {
  await ensurePostgres();
  ensureChromium();
  const report = join(mkdtempSync(join(tmpdir(), "whosaid-test-")), "vitest.json");
  const args = [
    "exec",
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ];
  const result = spawnSync("pnpm", args, { stdio: "inherit", env: process.env });
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, "utf8"));
    const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    console.log(
      `\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`,
    );
  }
  process.exit(result.status ?? 1);
}

main().catch((error) => {
  console.error(`[test] ${error.message}`);
  process.exit(1);
});
