import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runApiIngest } from "./api.ts";
import { discover } from "./inputs.ts";

const samples = join(import.meta.dirname, "../../../../samples");
const apiDir = join(import.meta.dirname, "../../../api");
const TOKEN = "cli-test-ingest-token-0123456789";

/** Starts the real API (its own process, PGlite in a temp folder, a free port); resolves its URL. */
function startApi(dataDir: string): { child: ChildProcess; url: Promise<string> } {
  const env = {
    ...process.env,
    PORT: "0",
    DATABASE_URL: "",
    WHOSAID_DATA_DIR: dataDir,
    WHOSAID_INGEST_TOKEN: TOKEN,
  };
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: apiDir,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk) => {
      out += chunk;
      const m = /listening on (http:\/\/\S+\/graphql)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`the API exited (${code}): ${out}`)));
  });
  return { child, url };
}

async function articleCount(url: string): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ articles(first: 1) { totalCount } }" }),
  });
  return ((await response.json()) as { data: { articles: { totalCount: number } } }).data.articles
    .totalCount;
}

describe("whosaid ingest --api, against the real API process", () => {
  const dir = mkdtempSync(join(tmpdir(), "whosaid-api-ingest-"));
  let api: ReturnType<typeof startApi>;
  let url: string;
  beforeAll(async () => {
    writeFileSync(
      join(dir, "kherson.txt"),
      readFileSync(join(samples, "articles/nbc-ukraine-kherson.txt")),
    );
    const lines = readFileSync(join(samples, "wikinews.jsonl"), "utf8").split("\n").slice(0, 2);
    writeFileSync(join(dir, "two.jsonl"), lines.join("\n"));
    writeFileSync(join(dir, "empty.txt"), "\n");
    api = startApi(join(dir, "data"));
    url = await api.url;
  }, 180_000);
  afterAll(async () => {
    if (api?.child.exitCode === null) {
      api.child.kill("SIGTERM");
      await new Promise((resolve) => api.child.on("exit", resolve));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends every article to the running API, once", async () => {
    const units = discover([
      join(dir, "kherson.txt"),
      join(dir, "two.jsonl"),
      join(dir, "empty.txt"),
    ]);
    const first = await runApiIngest(units, { url, token: TOKEN }, { concurrency: 2 });
    expect(first).toMatchObject({ created: 3, existing: 0 });
    expect(first.errors).toHaveLength(1);
    expect(first.errors[0].ref).toContain("empty.txt");
    const again = await runApiIngest(units, { url, token: TOKEN }, { concurrency: 2 });
    expect(again).toMatchObject({ created: 0, existing: 3 });
    expect(await articleCount(url)).toBe(3);
  }, 120_000);

  it("stores nothing with a wrong token and says why", async () => {
    const units = discover([join(dir, "kherson.txt")]);
    const result = await runApiIngest(
      units,
      { url, token: "wrong-token-123456" },
      { concurrency: 1 },
    );
    expect(result).toMatchObject({ created: 0, existing: 0 });
    expect(result.errors[0].reason).toMatch(/UNAUTHENTICATED/);
    expect(await articleCount(url)).toBe(3);
  }, 60_000);
});
