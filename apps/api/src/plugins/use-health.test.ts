import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { openDatabase } from "@whosaid/db";
import { describe, expect, it } from "vitest";
import { ingest, seedText, testApi } from "../../test/testing.ts";
import type { Health } from "./use-health.ts";

const health = async (api: ReturnType<typeof testApi>) => {
  const res = await api.fetch("http://whosaid.test/health");
  return { status: res.status, body: (await res.json()) as Health };
};

describe("GET /health", () => {
  it("answers ok with the process's memory, the live heap once a full GC has run", async () => {
    const db = await openDatabase({ memory: true });
    const api = testApi(db, { WHOSAID_PARSE_WORKERS: "1" });
    await ingest(api, { text: seedText() });
    // A full collection on demand, so that the live heap is known.
    setFlagsFromString("--expose-gc");
    (runInNewContext("gc") as () => void)();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const { status, body } = await health(api);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ok", database: "ok" });
    expect(body.memory.rssMb).toBeGreaterThan(body.memory.heapUsedMb);
    expect(body.memory.liveHeapMb).toBeGreaterThan(1);
    expect(body.memory.liveHeapMb).toBeLessThanOrEqual(body.memory.rssMb);
    expect(body.memory.parserLiveHeapMb).toHaveLength(1);
    for (const mb of body.memory.parserLiveHeapMb) expect(mb === null || mb > 1).toBe(true);
    await db.close();
  });

  it("keeps a bare liveness answer at /health/live", async () => {
    const db = await openDatabase({ memory: true });
    const res = await testApi(db).fetch("http://whosaid.test/health/live");
    expect(res.status).toBe(200);
    await db.close();
  });

  it("answers 503 when the database cannot be reached", async () => {
    const db = await openDatabase({ memory: true });
    const api = testApi(db);
    await db.close();
    const { status, body } = await health(api);
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: "unavailable", database: "unreachable" });
  });
});
