/**
 * The layers read apps → @whosaid/ingest → @whosaid/db → @whosaid/parser: no source file (tests
 * included) imports a package of a layer above its own. Checked on the import specifiers of every
 * TypeScript file of the workspace, so that a shortcut back up fails here rather than in review.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");
const LAYER: Record<string, number> = {
  "@whosaid/parser": 0,
  "@whosaid/db": 1,
  "@whosaid/ingest": 2,
  "@whosaid/api": 3,
  "@whosaid/cli": 3,
  "@whosaid/web": 3,
};
const FOLDERS: Record<string, string> = {
  "packages/parser": "@whosaid/parser",
  "packages/db": "@whosaid/db",
  "packages/ingest": "@whosaid/ingest",
  "apps/api": "@whosaid/api",
  "apps/cli": "@whosaid/cli",
  "apps/web": "@whosaid/web",
};
const SKIP = new Set(["node_modules", ".next", "dist", ".turbo"]);

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) yield path;
  }
}

const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)["'](@whosaid\/[a-z-]+)/g;

describe("layers", () => {
  it("no package imports one of a layer above its own", () => {
    const wrong: string[] = [];
    let seen = 0;
    for (const [folder, name] of Object.entries(FOLDERS)) {
      for (const file of sourceFiles(join(root, folder))) {
        for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
          const target = match[1];
          seen++;
          if ((LAYER[target] ?? -1) > LAYER[name])
            wrong.push(`${relative(root, file)} imports ${target}`);
        }
      }
    }
    expect(seen).toBeGreaterThan(100); // the scan does see the workspace's imports
    expect(wrong).toEqual([]);
  });

  it("no source outside packages/db sends SQL of its own (tests may, to set up a case)", () => {
    const SQL =
      /\.(?:query|executeSql|exec)\(\s*[`"']\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|TRUNCATE)\b/i;
    const wrong: string[] = [];
    for (const folder of Object.keys(FOLDERS)) {
      if (folder === "packages/db") continue;
      for (const file of sourceFiles(join(root, folder))) {
        if (/\.test\.tsx?$/.test(file) || /\/test\//.test(file)) continue;
        if (SQL.test(readFileSync(file, "utf8"))) wrong.push(relative(root, file));
      }
    }
    expect(wrong).toEqual([]);
  });
});
