export { ConfigError, type DbEnv, readDbEnv } from "./env.ts";
export { isDatabaseUnavailable, ping } from "./errors.ts";
export { type RateWindow, sweepRateWindows, takeRateUnits } from "./limits/rate-windows.ts";
export { acquireLock, LockedError, type LockHolder, readLock } from "./lock.ts";
export { loadMigrations, type Migration, migrate } from "./migrate.ts";
export { type OpenOptions, openDatabase } from "./open.ts";
export { repoRoot } from "./paths.ts";
export type { Database, Queryable, Transaction } from "./types.ts";
export * from "./write/index.ts";
