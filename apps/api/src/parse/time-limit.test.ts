/** Parses through the API are bounded: refused past their time limit, cancelled with their request. */
import { openDatabase } from "@whosaid/db";
import { generatedInputs } from "@whosaid/ingest/testing";
import { describe, expect, it } from "vitest";
import { gql, INGEST, INGEST_TOKEN, seedText, testApi } from "../../test/testing.ts";

// Seconds of parsing on any machine: far past a two-second limit with no allowance per MB.
const slow = generatedInputs["long word"](1_900_000).input;

const articles = async (db: Awaited<ReturnType<typeof openDatabase>>) =>
  (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles")).rows[0].n;

describe("parse time limit over the API", () => {
  it("refuses an article past its limit with PARSE_TIMEOUT, then parses the next one", async () => {
    const db = await openDatabase({ memory: true });
    const api = testApi(db, {
      WHOSAID_PARSE_TIME_BASE_MS: "2000",
      WHOSAID_PARSE_TIME_PER_MB_MS: "0",
    });
    const refused = await gql(api, INGEST, { input: { text: slow } }, INGEST_TOKEN);
    expect(refused.body.errors[0].extensions.code).toBe("PARSE_TIMEOUT");
    expect(refused.body.errors[0].message).toMatch(/longer than 2\.0 s/);
    const short = 'Talks resume\n\n"We are ready," said Anna Kovacs, the minister.';
    const ok = await gql(api, INGEST, { input: { text: short } }, INGEST_TOKEN);
    expect(ok.body.data.ingestArticle.created).toBe(true);
    expect(await articles(db)).toBe(1);
    await db.close();
  }, 300_000);

  it("stops parsing for a client that went away, and stores nothing for it", async () => {
    const db = await openDatabase({ memory: true });
    const api = testApi(db); // one parser thread: the next article waits for this one unless cancelled
    const client = new AbortController();
    const request = api.fetch("http://whosaid.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${INGEST_TOKEN}` },
      body: JSON.stringify({ query: INGEST, variables: { input: { text: slow } } }),
      signal: client.signal,
    });
    setTimeout(() => client.abort(), 1000);
    await Promise.resolve(request).then(
      (res) => res.text(),
      () => null,
    );
    // Had the abandoned parse gone on, it would end (and be stored) before this article.
    const next = await gql(api, INGEST, { input: { text: seedText() } }, INGEST_TOKEN);
    expect(next.body.data.ingestArticle.created).toBe(true);
    expect(await articles(db)).toBe(1);
    await db.close();
  }, 300_000);
});
