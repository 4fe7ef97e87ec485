import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..", "..", "..");
const seed = join(root, "packages", "parser", "test", "fixtures", "000_af0f069f709f29ef.txt");

/** Runs the real CLI in a process of its own, as `pnpm whosaid` does. */
function whosaid(args: string[], opts: { input?: string; cwd?: string; initCwd?: string } = {}) {
  const env = { ...process.env };
  delete env.INIT_CWD;
  if (opts.initCwd) env.INIT_CWD = opts.initCwd;
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", join(root, "apps/cli/src/main.ts"), "parse", ...args],
    {
      cwd: opts.cwd ?? root,
      input: opts.input ?? "",
      env,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each test starts real processes (about a second each, more on a loaded machine).
describe("whosaid parse", { timeout: 120_000 }, () => {
  it("prints the reference article as one ParsedArticle", () => {
    const r = whosaid([seed]);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout);
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.article).toMatchObject({
      title: "Ukraine dismisses push to compromise with Putin after Kherson retreat",
      publishedAt: "2022-11-15",
      source: "NBC News",
      readTimeMinutes: 6,
    });
    expect(parsed.article.paragraphs).toHaveLength(27);
    for (const key of ["people", "quotes", "topics"]) expect(Array.isArray(parsed[key])).toBe(true);
  });

  it("resolves relative paths against the directory pnpm was started from", () => {
    const r = whosaid(["fixtures/000_af0f069f709f29ef.txt", "--compact"], {
      cwd: join(root, "apps/cli"),
      initCwd: join(root, "packages/parser/test"),
    });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("reads standard input and honours --format", () => {
    const html =
      "<html><body><article><p>Enough words in this one paragraph to count as an article here.</p></article></body></html>";
    const asHtml = JSON.parse(whosaid(["-"], { input: html }).stdout);
    expect(asHtml.format).toBe("html");
    const asText = JSON.parse(whosaid(["-", "--format", "text"], { input: html }).stdout);
    expect(asText.format).toBe("text");
  });

  it("reports empty input with a code and exit status 1", () => {
    const empty = whosaid(["-"], { input: "  \n " });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/EMPTY_INPUT/);
  });

  it("reports oversized, binary, non-UTF-8 and missing files", () => {
    const dir = mkdtempSync(join(tmpdir(), "whosaid-parse-"));
    writeFileSync(join(dir, "big.txt"), "x".repeat(5 * 1024 * 1024 + 10));
    const big = whosaid([join(dir, "big.txt")]);
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/TOO_LARGE.*5\.0 MB.*limit is 2\.0 MB/);
    writeFileSync(join(dir, "bin.dat"), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0x14, 0xff, 0xfe]));
    expect(whosaid([join(dir, "bin.dat")]).stderr).toMatch(/BINARY_INPUT/);
    writeFileSync(join(dir, "latin1.txt"), Buffer.from("Caf\u00e9 au lait\n\nA title", "latin1"));
    expect(whosaid([join(dir, "latin1.txt")]).stderr).toMatch(
      /INVALID_INPUT.*not valid UTF-8.*offset 3/,
    );
    expect(whosaid([join(dir, "missing.txt")]).stderr).toMatch(/no such file/);
  });

  it("exits with 2 on wrong usage", () => {
    expect(whosaid([]).code).toBe(2);
    expect(whosaid(["a", "--format", "pdf"]).code).toBe(2);
  });

  it("parses a JSONL batch in one process, in order, going on after a bad line", () => {
    const lines = [
      { id: "one", text: "First title\n\nThe first body." },
      "not json",
      { id: "two", text: "" },
      {
        id: 3,
        html: "<html><body><article><p>Enough words in this one paragraph to count as an article here.</p></article></body></html>",
      },
    ].map((l) => (typeof l === "string" ? l : JSON.stringify(l)));
    const r = whosaid(["--jsonl", "-"], { input: `${lines.join("\n")}\n` });
    expect(r.code).toBe(1);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["one", null, "two", 3]);
    expect(out[0].article.title).toBe("First title");
    expect(out[1].error.code).toBe("INVALID_JSON");
    expect(out[2].error.code).toBe("EMPTY_INPUT");
    expect(out[3].format).toBe("html");
  });

  it("parses every bundled Wikinews sample in one batch", () => {
    const file = join(root, "samples", "wikinews.jsonl");
    const ids = readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).id);
    const r = whosaid(["--jsonl", file]);
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(ids);
    for (const o of out) {
      expect(o.error).toBeUndefined();
      expect(o.article.title).toBeTruthy();
      expect(o.article.source).toBe("Wikinews");
      expect(o.article.paragraphs.length).toBeGreaterThan(0);
    }
  });
});
