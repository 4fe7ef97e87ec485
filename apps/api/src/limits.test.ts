import type { Database } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  gql,
  INGEST,
  INGEST_TOKEN,
  ingest,
  type Json,
  seedText,
  testApi,
} from "../test/testing.ts";
import type { Api } from "./yoga.ts";

const backends = await testDatabases();

describe.each(backends)("abuse limits on $name", (backend) => {
  let db: Database;
  let api: Api;
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    api = testApi(db, { WHOSAID_MUTATIONS_PER_MINUTE: "3", WHOSAID_MAX_BODY_BYTES: "300000" });
    await ingest(api, { text: seedText() });
  });
  afterAll(async () => db?.close());
  const run = it.skipIf(!!backend.skipReason);

  run("refuses a depth-20 query with a code", async () => {
    let selection = "id";
    for (let i = 0; i < 10; i++) selection = `article { quotes { ${selection} } }`;
    const { body } = await gql(api, `{ quotes(first: 1) { edges { node { ${selection} } } } }`);
    expect(body.data ?? null).toBeNull();
    const depth = body.errors.find((e: Json) => e.extensions.code === "QUERY_TOO_DEEP");
    expect(depth.message).toMatch(/nests fields 2\d levels deep; the limit is 12/);
    for (const e of body.errors) expect(e.message).not.toMatch(/Syntax Error/);
  });

  // Found by the api-fuzz campaign: the schema has no subscriptions, and their refusal had no code.
  run("refuses a subscription with a code", async () => {
    const { body } = await gql(api, "subscription { x }");
    expect(body.errors.map((e: Json) => e.extensions?.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });

  run.each([
    [
      "too many aliases",
      `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: sources { name }`).join(" ")} }`,
      "TOO_MANY_ALIASES",
      /40 aliases; the limit is 30/,
    ],
    [
      "too many directives",
      `{ __typename ${"@include(if: true) ".repeat(40)} }`,
      "TOO_MANY_DIRECTIVES",
      /directives; the limit is 30/,
    ],
    [
      "too many tokens",
      `{ ${"__typename ".repeat(4000)} }`,
      "QUERY_TOO_LARGE",
      /more than 3,000 tokens/,
    ],
    [
      "too costly",
      `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: quotes(first: 100) { edges { node { id text article { title } } } }`).join(" ")} }`,
      "QUERY_TOO_COMPLEX",
      /ask for fewer items with `first`/,
    ],
  ])(
    "refuses a query with %s with its own code and a clear message",
    async (_n, query, code, message) => {
      const { body } = await gql(api, query);
      expect(body.data ?? null).toBeNull();
      const error = body.errors.find((e: Json) => e.extensions.code === code);
      expect(error?.message).toMatch(message);
      for (const e of body.errors) expect(e.message).not.toMatch(/Syntax Error/);
    },
  );

  run("says an Article id, not a Article id", async () => {
    const { body } = await gql(api, `{ article(id: "nope") { id } }`);
    expect(body.errors[0].message).toBe('"nope" is not an Article id.');
  });

  run("refuses a 1,000-alias query with a code", async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(" ");
    const { body } = await gql(api, `{ ${aliases} }`);
    expect(body.data ?? null).toBeNull();
    expect(["TOO_MANY_ALIASES", "QUERY_TOO_LARGE"]).toContain(body.errors[0].extensions.code);
  });

  run("refuses bodies over the size limit before parsing them", async () => {
    const big = "x".repeat(400_000);
    const { status, body } = await gql(api, INGEST, { input: { text: big } }, INGEST_TOKEN);
    expect(status).toBe(413);
    expect(body.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  run("rate-limits mutations per client, not queries", async () => {
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { body } = await gql(api, INGEST, { input: { text: seedText() } }, INGEST_TOKEN);
      codes.push(body.errors?.[0].extensions.code ?? "OK");
    }
    expect(codes.filter((c) => c === "RATE_LIMITED").length).toBeGreaterThanOrEqual(2);
    const { body } = await gql(api, "{ __typename }");
    expect(body.data.__typename).toBe("Query");
  });

  run("masks unexpected errors and keeps codes on client errors", async () => {
    const { body } = await gql(api, `{ article(id: "not-an-id") { id } }`);
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const feb30 = await gql(api, `{ quotes(filter: {from: "2022-02-30"}) { totalCount } }`);
    expect(feb30.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const broken = await gql(api, "{ nope }");
    expect(broken.body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  run("answers CORS preflights for the web origin only", async () => {
    const preflight = (origin: string) =>
      api.fetch("http://whosaid.test/graphql", {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization",
        },
      });
    const ok = await preflight("http://localhost:3000");
    expect(ok.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    const other = await preflight("http://evil.example");
    expect(other.headers.get("access-control-allow-origin")).not.toBe("http://evil.example");
  });
});
