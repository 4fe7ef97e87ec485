import { fileURLToPath } from "node:url";

/** The repository root (three levels above this file: packages/db/src). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url)).replace(/\/$/, "");

/** The folder holding the numbered `.sql` migrations. */
export const migrationsDir = fileURLToPath(new URL("../migrations/", import.meta.url));
