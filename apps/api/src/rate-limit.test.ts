import type { Database } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, INGEST, INGEST_TOKEN, READ_TOKEN, seedText, testApi } from "./testing.ts";
import type { Api } from "./yoga.ts";

const backends = await testDatabases();

// Two API instances on one database stand for two API processes behind a proxy: the only state
// they share is the database, as between processes.
describe.each(backends)("mutation rate limit shared through $name", (backend) => {
  let db: Database;
  let first: Api;
  let second: Api;
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    first = testApi(db, { WHOSAID_MUTATIONS_PER_MINUTE: "3" });
    second = testApi(db, { WHOSAID_MUTATIONS_PER_MINUTE: "3" });
  });
  afterAll(async () => db?.close());
  const run = it.skipIf(!!backend.skipReason);
  const mutate = async (api: Api, token = INGEST_TOKEN) => {
    const { body } = await gql(api, INGEST, { input: { text: seedText() } }, token);
    return body.errors?.[0].extensions ?? { code: "OK" };
  };

  run("counts one client's mutations across processes", async () => {
    const codes = [];
    for (const api of [first, second, first, second, first]) codes.push((await mutate(api)).code);
    expect(codes).toEqual(["OK", "OK", "OK", "RATE_LIMITED", "RATE_LIMITED"]);
    const refused = await mutate(second);
    expect(refused.retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfter).toBeLessThanOrEqual(60);
    // Queries are never limited.
    const { body } = await gql(second, "{ __typename }");
    expect(body.data.__typename).toBe("Query");
  });

  run("keeps a separate count per token", async () => {
    // The read-only token has its own count: it gets past the limit and is refused by its scope.
    expect((await mutate(second, READ_TOKEN)).code).toBe("FORBIDDEN");
  });

  run("starts a new window a minute after the first mutation", async () => {
    await db.query("UPDATE api_rate_windows SET window_start = now() - interval '61 seconds'");
    expect((await mutate(second)).code).toBe("OK");
    const { rows } = await db.query<{ count: number }>("SELECT count FROM api_rate_windows");
    expect(rows.map((r) => r.count)).toContain(1);
  });
});
