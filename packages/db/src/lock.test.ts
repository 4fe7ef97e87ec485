import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquireLock, LockedError } from "./lock.ts";
import { ownStamp } from "./lock-holder.ts";
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

  it.skipIf(!ownStamp())(
    "takes over at once from a holder killed with kill -9 (a zombie until reaped)",
    async () => {
      const holder = start(dir);
      expect(await holder.output).toContain("opened");
      const pid = holder.child.pid as number;
      holder.child.kill("SIGKILL");
      // Without yielding to the event loop, nothing reaps the child: it stays a zombie, as a
      // killed process does until its parent waits for it.
      const until = Date.now() + 10_000;
      while (!/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8")))
        if (Date.now() > until) throw new Error("the killed holder never became a zombie");
      const release = acquireLock(dir);
      expect(JSON.parse(readFileSync(join(dir, "whosaid.lock"), "utf8")).pid).toBe(process.pid);
      release();
      await new Promise((resolve) => holder.child.on("exit", resolve));
    },
    180_000,
  );

  it.skipIf(!ownStamp())(
    "never takes an unrelated live process for the holder, whatever its pid",
    () => {
      // Started before the lock is written, so its start time alone cannot tell it apart.
      const other = spawn("sleep", ["30"]);
      const pid = other.pid as number;
      try {
        const now = new Date(Date.now() + 10_000).toISOString();
        const write = (extra: object) =>
          writeFileSync(
            join(dir, "whosaid.lock"),
            JSON.stringify({
              pid,
              command: "apps/api/src/server.ts",
              owner: "whosaid api",
              startedAt: now,
              url: "http://localhost:4000/graphql",
              ...extra,
            }),
          );
        // A lock written by an older whosaid (no stamp): the command line tells.
        write({});
        acquireLock(dir)();
        // A stamped lock: the start time of the pid's process tells.
        const stamp = ownStamp();
        write({ stamp: { ...stamp, start: (stamp?.start ?? 0) + 1 } });
        acquireLock(dir)();
      } finally {
        other.kill();
      }
    },
  );

  it("does not tell the user to stop a process it cannot check", () => {
    writeFileSync(
      join(dir, "whosaid.lock"),
      JSON.stringify({
        pid: process.ppid,
        command: "x",
        owner: "whosaid api",
        startedAt: new Date().toISOString(),
        stamp: { host: "another-host", boot: "b", pidNamespace: "p", start: 1 },
      }),
    );
    try {
      acquireLock(dir);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LockedError);
      const message = (error as Error).message;
      expect(message).toContain("another-host");
      expect(message).toContain("delete");
      expect(message).not.toMatch(/stop it/);
    } finally {
      rmSync(join(dir, "whosaid.lock"), { force: true });
    }
  });
});
