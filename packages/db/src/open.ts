import { resolve } from "node:path";
import { checkPostgresUrl, type DbEnv, readDbEnv } from "./env.ts";
import { acquireLock } from "./lock.ts";
import { migrate } from "./migrate.ts";
import { openPglite } from "./pglite.ts";
import { openPostgres } from "./postgres.ts";
import type { Database } from "./types.ts";

/** How to open the database; everything is optional and falls back to the environment. */
export interface OpenOptions {
  /** A PostgreSQL URL (default `DATABASE_URL`). */
  url?: string;
  /** A PGlite data folder (default `WHOSAID_DATA_DIR`, else `<repo root>/.whosaid/data`); wins over `DATABASE_URL`. */
  dataDir?: string;
  /** PGlite in memory: nothing is written to disk (tests). */
  memory?: boolean;
  /**
   * Guard the PGlite folder with a lock (default true). Pass `{ owner, url }` to say who holds it,
   * e.g. `{ owner: "api", url: "http://localhost:4000/graphql" }`, for other processes' error message.
   */
  lock?: boolean | { owner?: string; url?: string };
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /** PostgreSQL pool size (default `WHOSAID_DB_POOL_MAX`, else 10). */
  poolMax?: number;
  /**
   * The settings the process read from its environment with {@link readDbEnv} (its env module
   * does); when omitted they are read here, by the same reader.
   */
  settings?: DbEnv;
}

/**
 * Opens the whosaid database and applies pending migrations: PGlite in memory (`memory`), a
 * PostgreSQL server (`url` or `DATABASE_URL`), else PGlite in a data folder guarded by a lock
 * (throws {@link LockedError} when another process holds it).
 */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const env = options.settings ?? readDbEnv();
  let db: Database;
  if (options.memory) {
    db = await openPglite(undefined, () => {}, env.pgliteSharedBuffers);
  } else if (options.url || (env.databaseUrl && !options.dataDir)) {
    const url = options.url ? checkPostgresUrl(options.url, "url") : (env.databaseUrl as string);
    db = await openPostgres(url, options.poolMax ?? env.poolMax);
  } else {
    const dataDir = options.dataDir ? resolve(options.dataDir) : env.dataDir;
    const lock = options.lock ?? true;
    const release = lock ? acquireLock(dataDir, typeof lock === "object" ? lock : {}) : () => {};
    try {
      db = await openPglite(dataDir, release, env.pgliteSharedBuffers);
    } catch (error) {
      release();
      throw error;
    }
  }
  if (options.migrate !== false) {
    try {
      await migrate(db);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}
