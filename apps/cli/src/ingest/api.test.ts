import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { discover } from "@whosaid/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runApiIngest } from "./api.ts";
import { articleCount, startApi, stopApi } from "./api-process.ts";
import { sourcesOf } from "./sources.ts";

const samples = join(import.meta.dirname, "../../../../samples");
const TOKEN = "cli-test-ingest-token-0123456789";

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
    api = startApi(join(dir, "data"), TOKEN);
    url = await api.url;
  }, 180_000);
  afterAll(async () => {
    await stopApi(api?.child);
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends every article to the running API, once", async () => {
    const units = discover([
      join(dir, "kherson.txt"),
      join(dir, "two.jsonl"),
      join(dir, "empty.txt"),
    ]);
    const first = await runApiIngest(sourcesOf(units), { url, token: TOKEN }, { concurrency: 2 });
    expect(first).toMatchObject({ created: 3, existing: 0 });
    expect(first.errors).toHaveLength(1);
    expect(first.errors[0].ref).toContain("empty.txt");
    const again = await runApiIngest(sourcesOf(units), { url, token: TOKEN }, { concurrency: 2 });
    expect(again).toMatchObject({ created: 0, existing: 3 });
    expect(await articleCount(url)).toBe(3);
  }, 120_000);

  it("stores nothing with a wrong token and says why", async () => {
    const units = discover([join(dir, "kherson.txt")]);
    const result = await runApiIngest(
      sourcesOf(units),
      { url, token: "wrong-token-123456" },
      { concurrency: 1 },
    );
    expect(result).toMatchObject({ created: 0, existing: 0 });
    expect(result.errors[0].reason).toMatch(/UNAUTHENTICATED/);
    expect(await articleCount(url)).toBe(3);
  }, 60_000);

  it("retries through 503s and dropped connections, then stores the article once", async () => {
    // A proxy in front of the real API that fails the first requests as a restarting server or
    // an overloaded proxy would: two 503s, then a connection closed without an answer.
    let seen = 0;
    const proxy = createServer(async (req, res) => {
      const n = ++seen;
      if (n <= 2) {
        res.writeHead(503, { "content-type": "text/plain" });
        return res.end("busy");
      }
      if (n === 3) return req.socket.destroy();
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const answer = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: String(req.headers.authorization),
        },
        body: Buffer.concat(chunks),
      });
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const proxied = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
    const messages: string[] = [];
    try {
      const lines = readFileSync(join(samples, "wikinews.jsonl"), "utf8").split("\n");
      writeFileSync(join(dir, "third.jsonl"), lines[2]);
      const result = await runApiIngest(
        sourcesOf(discover([join(dir, "third.jsonl")])),
        { url: proxied, token: TOKEN },
        {
          concurrency: 1,
          retry: { maxAttempts: 6, baseMs: 20, capMs: 100 },
          onRetry: (m) => messages.push(m),
        },
      );
      expect(result).toMatchObject({ created: 1, errors: [] });
      expect(result.retried).toEqual({ rateLimited: 0, unavailable: 3 });
      expect(messages).toHaveLength(3);
      expect(messages[0]).toMatch(/^HTTP 503; retrying in \d+ s$/);
      expect(messages[2]).toMatch(/^network error: .+; retrying in/);
      expect(await articleCount(url)).toBe(4);
    } finally {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  }, 60_000);
});
