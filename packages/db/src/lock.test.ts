import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LockedError } from "./lock.ts";
import { openDatabase } from "./open.ts";
import { repoRoot } from "./paths.ts";

const script = join(repoRoot, "packages/db/test/open-folder.ts");

function start(dir: string, url?: string): { child: ChildProcess; output: Promise<string> } {
  const child = spawn(process.execPath, ["--import", "tsx", script, dir, ...(url ? [url] : [])], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const output = new Promise<string>((resolve) => {
    let text = "";
    child.stdout?.on("data", (chunk) => {
      text += chunk;
      if (text.includes("\n")) resolve(text);
    });
    child.on("exit", () => resolve(text));
  });
  return { child, output };
}

describe("PGlite folder lock", () => {
  const dir = mkdtempSync(join(tmpdir(), "whosaid-lock-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses a second process with a message naming the holder and what to do", async () => {
    const holder = start(dir, "http://localhost:4000/graphql");
    try {
      expect(await holder.output).toContain("opened");
      const lock = JSON.parse(readFileSync(join(dir, "whosaid.lock"), "utf8"));
      expect(lock).toMatchObject({
        pid: holder.child.pid,
        owner: "api",
        url: "http://localhost:4000/graphql",
      });
      const second = start(dir);
      const message = await second.output;
      expect(message).toContain("LockedError");
      expect(message).toContain(
        `The API (pid ${holder.child.pid}, http://localhost:4000/graphql) holds`,
      );
      expect(message).toContain("--api http://localhost:4000/graphql");
      expect(message).toContain("DATABASE_URL");
      await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(LockedError);
    } finally {
      holder.child.kill("SIGTERM");
      await new Promise((resolve) => holder.child.on("exit", resolve));
    }
  }, 180_000); // two real processes, each opening PGlite

  it("takes over a lock whose pid now belongs to a process started later (pid reuse)", async () => {
    const other = spawn("sleep", ["30"]);
    try {
      const old = new Date(Date.now() - 3_600_000).toISOString();
      writeFileSync(
        join(dir, "whosaid.lock"),
        JSON.stringify({ pid: other.pid, command: "x", owner: "x", startedAt: old }),
      );
      const db = await openDatabase({ dataDir: dir });
      await db.close();
    } finally {
      other.kill();
    }
  }, 120_000);

  it("takes over a stale lock left by a dead process, and releases it on close", async () => {
    writeFileSync(
      join(dir, "whosaid.lock"),
      JSON.stringify({ pid: 999_999, command: "gone", owner: "x", startedAt: "" }),
    );
    const db = await openDatabase({ dataDir: dir });
    expect(JSON.parse(readFileSync(join(dir, "whosaid.lock"), "utf8")).pid).toBe(process.pid);
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/holds/);
    await db.close();
    expect(() => readFileSync(join(dir, "whosaid.lock"))).toThrow();
  }, 120_000);
});
