/** Two API processes on one PostgreSQL: ingest through one, read through the other. */
import { createTestDatabase, testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INGEST, INGEST_TOKEN, seedText } from "../test/testing.ts";
import { type ApiProcess, startApiProcess } from "./processes.ts";

const postgres = (await testDatabases()).find((b) => b.name === "postgres");

async function post(url: string, query: string, variables: object = {}, token?: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

describe.skipIf(!!postgres?.skipReason)("two API processes on one PostgreSQL", () => {
  let temp: { url: string; drop(): Promise<void> };
  let apis: ApiProcess[] = [];
  beforeAll(async () => {
    temp = await createTestDatabase(
      process.env.WHOSAID_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    );
    const env = {
      DATABASE_URL: temp.url,
      WHOSAID_INGEST_TOKEN: INGEST_TOKEN,
      WHOSAID_DB_POOL_MAX: "3",
    };
    // Started together: both apply migrations at once, which the migration lock must serialise.
    apis = await Promise.all([startApiProcess(env), startApiProcess(env)]);
    for (const a of apis) a.child.stderr?.on("data", (d) => process.stderr.write(d));
  }, 120_000);
  afterAll(async () => {
    await Promise.all(apis.map((a) => a.stop()));
    await temp?.drop();
  });

  it("ingests through one process and reads the article through the other", async () => {
    const [a, b] = apis;
    expect(a.url).not.toBe(b.url);
    const ingested = await post(a.url, INGEST, { input: { text: seedText() } }, INGEST_TOKEN);
    expect(ingested.errors).toBeUndefined();
    const id = ingested.data.ingestArticle.article.id;
    const read = await post(
      b.url,
      `query($id: ID!) { article(id: $id) { id title quotes { text } } articles { totalCount } }`,
      { id },
    );
    expect(read.data.article.id).toBe(id);
    expect(read.data.article.title).toMatch(/^Ukraine dismisses/);
    expect(read.data.articles.totalCount).toBe(1);
    const again = await post(b.url, INGEST, { input: { text: seedText() } }, INGEST_TOKEN);
    expect(again.data.ingestArticle).toMatchObject({ created: false, article: { id } });
    const refused = await post(b.url, INGEST, { input: { text: seedText() } });
    expect(refused.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});
