import type { Database } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  gql,
  INGEST,
  INGEST_TOKEN,
  type Json,
  READ_TOKEN,
  seedText,
  testApi,
} from "../test/testing.ts";
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

const fiveAliases = `mutation Five($input: ArticleInput!) {
  a1: ingestArticle(input: $input) { created }
  a2: ingestArticle(input: $input) { created }
  ...More
}
fragment More on Mutation {
  a3: ingestArticle(input: $input) { created }
  a4: ingestArticle(input: $input) { created }
  a5: ingestArticle(input: $input) { created }
}`;

describe.each(backends)("mutation rate limit per field on $name", (backend) => {
  let db: Database;
  let api: Api;
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    api = testApi(db, { WHOSAID_MUTATIONS_PER_MINUTE: "3" });
  });
  afterAll(async () => db?.close());
  const run = it.skipIf(!!backend.skipReason);
  const post = (query: string, variables: Record<string, unknown> = {}) =>
    api.fetch("http://whosaid.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${INGEST_TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });

  run("counts every aliased mutation field and refuses the excess ones alone", async () => {
    const response = await post(fiveAliases, { input: { text: seedText() } });
    const body = await response.json();
    expect(response.status).toBe(200);
    // The first three ran (one stored the article, two found it stored); the last two did not.
    expect(body.data).toEqual({
      a1: { created: true },
      a2: { created: false },
      a3: { created: false },
    });
    expect(body.errors.map((e: { path: string[] }) => e.path)).toEqual([["a4"], ["a5"]]);
    for (const error of body.errors) {
      expect(error.extensions.code).toBe("RATE_LIMITED");
      expect(error.extensions.retryAfter).toBeGreaterThanOrEqual(1);
      expect(error.extensions.http).toBeUndefined();
    }
    const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles");
    expect(rows[0].n).toBe(1);
  });

  run("refuses a request with nothing left whole: HTTP 429 and Retry-After", async () => {
    const response = await post("mutation { reparseAll { reparsed } }");
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = await response.json();
    expect(body.data).toBeNull();
    expect(body.errors[0].extensions).toEqual({ code: "RATE_LIMITED", retryAfter });
  });

  run("weighs reparseAll above a single mutation", async () => {
    await db.query("UPDATE api_rate_windows SET window_start = now() - interval '61 seconds'");
    const heavy = testApi(db, { WHOSAID_MUTATIONS_PER_MINUTE: "40" });
    const { body } = await gql(
      heavy,
      "mutation { first: reparseAll { reparsed } second: reparseAll { reparsed } }",
      {},
      INGEST_TOKEN,
    );
    expect(body.data.first.reparsed).toBe(1);
    expect(body.errors.map((e: Json) => [e.path, e.extensions.code])).toEqual([
      [["second"], "RATE_LIMITED"],
    ]);
    // 30 of the 40 are spent: ten single mutations fit, the eleventh does not.
    const codes = [];
    for (let i = 0; i < 11; i++) {
      const r = await gql(
        heavy,
        'mutation { ingestArticle(input: { text: "x" }) { created } }',
        {},
        INGEST_TOKEN,
      );
      codes.push(r.body.errors?.[0]?.extensions.code ?? "OK");
    }
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(1);
    expect(codes.at(-1)).toBe("RATE_LIMITED");
  });
});
