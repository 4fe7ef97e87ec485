/**
 * The documented bulk path against the real API with its default limits (120 mutations a minute):
 * `whosaid ingest --api` of every sample stores all 295, waiting out the rate limit on its own and
 * saying so; the token comes from the environment, and stdout holds only the JSON summary.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleCount, startApi, stopApi } from "./api-process.ts";

const cli = join(import.meta.dirname, "../../bin/whosaid.mjs");
const samples = join(import.meta.dirname, "../../../../samples");
const TOKEN = "cli-bulk-ingest-token-0123456789";

function ingestCli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, "ingest", ...args], {
      env: { ...process.env, INIT_CWD: samples, DATABASE_URL: "", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("whosaid ingest --api of every sample, with the API's default limits", () => {
  const dir = mkdtempSync(join(tmpdir(), "whosaid-api-bulk-"));
  let api: ReturnType<typeof startApi>;
  let url: string;
  beforeAll(async () => {
    api = startApi(join(dir, "data"), TOKEN);
    url = await api.url;
  }, 180_000);
  afterAll(async () => {
    await stopApi(api?.child);
    rmSync(dir, { recursive: true, force: true });
  });

  it("stores every sample, retrying what was rate limited", async () => {
    const samplesCount =
      readdirSync(join(samples, "articles")).length +
      readFileSync(join(samples, "wikinews.jsonl"), "utf8")
        .split("\n")
        .filter((l) => l.trim()).length;
    const run = await ingestCli(
      ["--api", url, "--json", "--concurrency", "4", "articles", "wikinews.jsonl"],
      { WHOSAID_INGEST_TOKEN: TOKEN },
    );
    const summary = JSON.parse(run.stdout);
    expect(summary.errors).toEqual([]);
    expect(summary.total).toBe(samplesCount);
    expect(summary.created + summary.existing).toBe(samplesCount);
    // Nearly 300 mutations at 120 a minute: those past the first window were refused at least once.
    expect(summary.retried.rateLimited).toBeGreaterThanOrEqual(1);
    expect(run.stderr).toMatch(/rate limited, retrying in \d+ s/);
    expect(run.code).toBe(0);
    expect(await articleCount(url)).toBe(summary.created);
  }, 900_000);
});
