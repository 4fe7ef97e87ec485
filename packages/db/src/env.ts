/**
 * The one place that reads the database environment variables, so that every process (API, CLI,
 * start script, tests) agrees on them and a bad value fails early with a clear message.
 */
import { isAbsolute, resolve } from "node:path";
import { repoRoot } from "./paths.ts";

/** Thrown when an environment variable has a value we cannot use. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** The validated database settings read from the environment. */
export interface DbEnv {
  /** `DATABASE_URL`: a PostgreSQL server to use instead of the embedded PGlite. */
  databaseUrl: string | null;
  /** `WHOSAID_DATA_DIR`: the PGlite data folder (default `<repo root>/.whosaid/data`). */
  dataDir: string;
  /** `WHOSAID_DB_POOL_MAX`: connections per process in the PostgreSQL pool (default 10). */
  poolMax: number;
  /** `WHOSAID_TEST_DATABASE_URL`: the server tests create their databases on. */
  testDatabaseUrl: string;
  /** `CI=true`: an unreachable test server fails the run instead of skipping. */
  ci: boolean;
  /** `WHOSAID_PGLITE_SHARED_BUFFERS`: PGlite's buffer cache (default 32MB; PostgreSQL units). */
  pgliteSharedBuffers: string;
}

/** Checks that a URL names a PostgreSQL server; returns it or throws {@link ConfigError}. */
export function checkPostgresUrl(url: string, variable: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(
      `${variable} is not a valid URL (expected postgres://user@host:5432/db).`,
    );
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new ConfigError(
      `${variable} must start with postgres:// or postgresql:// (got "${parsed.protocol}").`,
    );
  }
  return url;
}

/** Reads and validates the database environment variables. */
export function readDbEnv(env: NodeJS.ProcessEnv = process.env): DbEnv {
  const url = env.DATABASE_URL?.trim() || null;
  const dir = env.WHOSAID_DATA_DIR?.trim() || ".whosaid/data";
  const poolText = env.WHOSAID_DB_POOL_MAX?.trim() || "10";
  const poolMax = Number(poolText);
  if (!Number.isInteger(poolMax) || poolMax < 1 || poolMax > 1000) {
    throw new ConfigError(
      `WHOSAID_DB_POOL_MAX must be an integer from 1 to 1000 (got "${poolText}").`,
    );
  }
  const testUrl =
    env.WHOSAID_TEST_DATABASE_URL?.trim() || "postgres://postgres@127.0.0.1:5432/postgres";
  const sharedBuffers = env.WHOSAID_PGLITE_SHARED_BUFFERS?.trim() || "32MB";
  if (!/^\d+(kB|MB|GB)$/.test(sharedBuffers)) {
    throw new ConfigError(
      `WHOSAID_PGLITE_SHARED_BUFFERS must be a size such as 32MB (got "${sharedBuffers}").`,
    );
  }
  return {
    pgliteSharedBuffers: sharedBuffers,
    databaseUrl: url ? checkPostgresUrl(url, "DATABASE_URL") : null,
    dataDir: isAbsolute(dir) ? dir : resolve(repoRoot, dir),
    poolMax,
    testDatabaseUrl: checkPostgresUrl(testUrl, "WHOSAID_TEST_DATABASE_URL"),
    ci: env.CI === "true" || env.CI === "1",
  };
}
