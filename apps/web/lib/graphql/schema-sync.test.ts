import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";

const webDir = resolve(import.meta.dirname, "../..");

it("types the documents against the API's committed schema (graphql-env.d.ts is current)", () => {
  const dir = mkdtempSync(join(tmpdir(), "whosaid-tada-"));
  try {
    const fresh = join(dir, "graphql-env.d.ts");
    execFileSync(
      join(webDir, "node_modules/.bin/gql.tada"),
      ["generate-output", "--output", fresh],
      {
        cwd: webDir,
        stdio: "pipe",
      },
    );
    const committed = readFileSync(join(webDir, "lib/graphql/graphql-env.d.ts"), "utf8");
    // Regenerate with `pnpm --filter @whosaid/web graphql:generate` when this fails.
    expect(readFileSync(fresh, "utf8")).toBe(committed);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
