import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { migrationsDir } from "./paths.ts";
import type { Database } from "./types.ts";

/** One numbered migration file, e.g. `001_init.sql` → version 1, name "init". */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Any constant works: it only has to be the same in every whosaid process.
const MIGRATION_LOCK_KEY = 7_206_354_201;

/** Reads the migrations from a folder, ordered by version; rejects duplicate numbers. */
export function loadMigrations(dir: string = migrationsDir): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => /^\d{3}_[\w-]+\.sql$/.test(file))
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file.slice(4, -4),
      sql: readFileSync(join(dir, file), "utf8"),
    }))
    .sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i].version === migrations[i - 1].version) {
      throw new Error(
        `Two migrations share number ${String(migrations[i].version).padStart(3, "0")} in ${dir}.`,
      );
    }
  }
  return migrations;
}

/**
 * Applies the pending migrations in one transaction. The transaction-scoped advisory lock makes a
 * second process starting at the same moment wait, then find nothing left to do.
 * Returns the versions applied.
 */
export async function migrate(
  db: Database,
  migrations: Migration[] = loadMigrations(),
): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ version: number }>("SELECT version FROM schema_migrations");
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      try {
        await tx.exec(m.sql);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Migration ${m.version} (${m.name}) failed: ${reason}`);
      }
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        m.version,
        m.name,
      ]);
      applied.push(m.version);
    }
    return applied;
  });
}
