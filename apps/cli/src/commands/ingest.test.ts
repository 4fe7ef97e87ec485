import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const cli = join(import.meta.dirname, "../../bin/whosaid.mjs");
const samples = join(import.meta.dirname, "../../../../samples");

function whosaid(args: string[], cwd: string) {
  const env = { ...process.env, INIT_CWD: cwd, DATABASE_URL: "" };
  const r = spawnSync(process.execPath, [cli, "ingest", ...args], {
    env,
    encoding: "utf8",
    timeout: 200_000,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
}

describe("pnpm whosaid ingest", () => {
  const work = mkdtempSync(join(tmpdir(), "whosaid-cli-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("resolves paths against INIT_CWD, prints what it stored, and stores nothing twice", () => {
    const dataDir = join(work, "data");
    const first = whosaid(["--data-dir", dataDir, "articles"], samples);
    expect(first.out).toContain("new    Ukraine dismisses push to compromise with Putin");
    expect(first.out).toContain("1 new articles");
    expect(first.code).toBe(0);
    expect(existsSync(join(dataDir, "PG_VERSION"))).toBe(true);
    const again = whosaid(["--data-dir", dataDir, "articles/nbc-ukraine-kherson.txt"], samples);
    expect(again.out).toContain("have   Ukraine dismisses push");
    expect(again.out).toContain("0 new articles (0 people, 0 quotes), 1 already present, 0 errors");
    // With --json, stdout is the summary alone (progress lines go to stderr).
    const json = whosaid(["--data-dir", dataDir, "--json", "articles"], samples);
    expect(JSON.parse(json.stdout)).toMatchObject({ total: 1, created: 0, existing: 1 });
    expect(json.out).toContain("have   Ukraine dismisses push");
  }, 240_000); // two real processes, each opening a PGlite folder

  it("explains what is wrong with the arguments", () => {
    expect(whosaid([], work).code).toBe(2);
    expect(whosaid(["--concurrency", "x", "nothing.txt"], work).out).toMatch(/ENOENT|concurrency/);
  }, 120_000);
});
