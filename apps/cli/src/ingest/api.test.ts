import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { INGEST_TOKEN, testApi } from "@whosaid/api/testing";
import { type Database, openDatabase } from "@whosaid/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runApiIngest } from "./api.ts";
import { discover } from "./inputs.ts";

const samples = join(import.meta.dirname, "../../../../samples");

describe("whosaid ingest --api", () => {
  let db: Database;
  let server: Server;
  let url: string;
  const dir = mkdtempSync(join(tmpdir(), "whosaid-api-ingest-"));
  beforeAll(async () => {
    db = await openDatabase({ memory: true });
    server = createServer(testApi(db));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    writeFileSync(
      join(dir, "kherson.txt"),
      readFileSync(join(samples, "articles/nbc-ukraine-kherson.txt")),
    );
    const lines = readFileSync(join(samples, "wikinews.jsonl"), "utf8").split("\n").slice(0, 2);
    writeFileSync(join(dir, "two.jsonl"), lines.join("\n"));
    writeFileSync(join(dir, "empty.txt"), "\n");
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends every article to the running API, once", async () => {
    const units = discover([dir]);
    const first = await runApiIngest(units, { url, token: INGEST_TOKEN }, { concurrency: 2 });
    expect(first).toMatchObject({ created: 3, existing: 0 });
    expect(first.errors).toHaveLength(1);
    expect(first.errors[0].ref).toContain("empty.txt");
    const again = await runApiIngest(units, { url, token: INGEST_TOKEN }, { concurrency: 2 });
    expect(again).toMatchObject({ created: 0, existing: 3 });
    const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles");
    expect(rows[0].n).toBe(3);
  }, 120_000);

  it("stores nothing with a wrong token and says why", async () => {
    const result = await runApiIngest(
      discover([join(dir, "kherson.txt")]),
      { url, token: "wrong" },
      { concurrency: 1 },
    );
    expect(result).toMatchObject({ created: 0, existing: 0 });
    expect(result.errors).toHaveLength(1);
    const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles");
    expect(rows[0].n).toBe(3);
  });
});
