import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@whosaid/db";
import { afterAll, describe, expect, it } from "vitest";

const cliDir = join(import.meta.dirname, "../..");
const wikinews = join(import.meta.dirname, "../../../../samples/wikinews.jsonl");
const args = (dataDir: string, file: string) => [
  "--import",
  "tsx",
  "src/main.ts",
  "ingest",
  "--verbose",
  "--batch",
  "10",
  "--data-dir",
  dataDir,
  file,
];
const env = { ...process.env, DATABASE_URL: "" };

describe("an ingest killed midway (kill -9) on PGlite", () => {
  const work = mkdtempSync(join(tmpdir(), "whosaid-resume-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("resumes: the next run adds exactly what is missing", async () => {
    const file = join(work, "corpus.jsonl");
    const lines = readFileSync(wikinews, "utf8").split("\n").filter(Boolean).slice(0, 60);
    writeFileSync(file, lines.join("\n"));
    const dataDir = join(work, "data");
    const child = spawn(process.execPath, args(dataDir, file), {
      cwd: cliDir,
      env,
      // Progress lines go to stderr (stdout holds the summary).
      stdio: ["ignore", "inherit", "pipe"],
    });
    let seen = 0;
    await new Promise<void>((resolve) => {
      child.stderr.on("data", (chunk: Buffer) => {
        seen += (chunk.toString().match(/^new /gm) ?? []).length;
        if (seen >= 10 && child.exitCode === null) {
          child.kill("SIGKILL");
          resolve();
        }
      });
      child.on("exit", () => resolve());
    });
    await new Promise((resolve) =>
      child.exitCode !== null || child.signalCode ? resolve(null) : child.on("exit", resolve),
    );
    expect(child.signalCode).toBe("SIGKILL");
    const again = spawnSync(process.execPath, args(dataDir, file), {
      cwd: cliDir,
      env,
      encoding: "utf8",
      timeout: 300_000,
    });
    expect(again.status).toBe(0);
    const created = (again.stderr.match(/^new /gm) ?? []).length;
    const present = (again.stderr.match(/^have /gm) ?? []).length;
    expect(created + present).toBe(60);
    expect(present).toBeGreaterThanOrEqual(10);
    const db = await openDatabase({ dataDir });
    try {
      const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles");
      expect(rows[0].n).toBe(60);
    } finally {
      await db.close();
    }
  }, 600_000);
});
