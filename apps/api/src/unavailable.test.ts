/** A database that cannot be reached gives clients a retryable code (issue 13, finding 6). */
import { openDatabase } from "@whosaid/db";
import { describe, expect, it } from "vitest";
import { gql, INGEST, INGEST_TOKEN, seedText, testApi } from "../test/testing.ts";
import type { Api } from "./yoga.ts";

async function expectRetryable(api: Api) {
  const read = await gql(api, "{ quotes(first: 1) { totalCount edges { node { text } } } }");
  expect(read.body.errors[0].extensions).toMatchObject({
    code: "SERVICE_UNAVAILABLE",
    retryable: true,
  });
  expect(read.body.errors[0].message).not.toMatch(/Unexpected error/);
  const write = await gql(api, INGEST, { input: { text: seedText() } }, INGEST_TOKEN);
  expect(write.body.errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
  const exported = await api.fetch("http://whosaid.test/export/quotes.csv");
  expect(exported.status).toBe(503);
  expect((await exported.json()).errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
}

describe("a lost database", () => {
  it("answers SERVICE_UNAVAILABLE (retryable) when PGlite is closed", async () => {
    const db = await openDatabase({ memory: true });
    const api = testApi(db);
    await db.close();
    await expectRetryable(api);
  }, 60_000);

  it("answers SERVICE_UNAVAILABLE (retryable) when the PostgreSQL server refuses connections", async () => {
    // Port 1 on loopback: nothing listens there, so every connection is refused at once.
    const db = await openDatabase({ url: "postgres://whosaid@127.0.0.1:1/none", migrate: false });
    try {
      await expectRetryable(testApi(db));
    } finally {
      await db.close();
    }
  });
});
