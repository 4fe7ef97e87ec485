/** Followed feeds over GraphQL (issue 20): status, dead letters, add and pause (scope ingest). */
import { type Database, listFeedSources, recordIngestFailure } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDIT_TOKEN, gql, INGEST_TOKEN, testApi } from "../test/testing.ts";
import type { Api } from "./yoga.ts";

const backends = await testDatabases();
const ADD = `mutation($url: String!, $every: Int) { addFeedSource(url: $url, everySeconds: $every) {
  id url everySeconds paused lastPolledAt nextPollAt articlesFound errorCount } }`;
const PAUSE = `mutation($id: ID!, $paused: Boolean) { pauseFeedSource(id: $id, paused: $paused) {
  id paused nextPollAt } }`;
const LIST = `{ feedSources { url paused lastStatus failures { url reason jobKind failedAt } }
  feedFailures { url reason } }`;

describe.each(backends)("feeds over GraphQL on $name", (backend) => {
  let db: Database;
  let api: Api;
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    api = testApi(db);
  });
  afterAll(async () => db?.close());
  const run = it.skipIf(!!backend.skipReason);

  run("adds, lists and pauses a feed, and shows its dead letters", async () => {
    const added = await gql(
      api,
      ADD,
      { url: "https://news.example/rss", every: 600 },
      INGEST_TOKEN,
    );
    expect(added.body.errors).toBeUndefined();
    const feed = added.body.data.addFeedSource;
    expect(feed).toMatchObject({
      url: "https://news.example/rss",
      everySeconds: 600,
      paused: false,
    });
    expect(feed).toMatchObject({ lastPolledAt: null, articlesFound: 0, errorCount: 0 });

    const [source] = await listFeedSources(db);
    await recordIngestFailure(db, {
      jobKind: "article",
      url: "https://news.example/broken",
      sourceId: source.id,
      reason: "NO_ARTICLE: nothing to extract",
    });
    const listed = (await gql(api, LIST)).body.data;
    expect(listed.feedSources[0].failures).toEqual([
      expect.objectContaining({ url: "https://news.example/broken", jobKind: "article" }),
    ]);
    expect(listed.feedFailures[0].reason).toBe("NO_ARTICLE: nothing to extract");

    const paused = await gql(api, PAUSE, { id: feed.id }, INGEST_TOKEN);
    expect(paused.body.data.pauseFeedSource).toMatchObject({ paused: true, nextPollAt: null });
    const resumed = await gql(api, PAUSE, { id: feed.id, paused: false }, INGEST_TOKEN);
    expect(resumed.body.data.pauseFeedSource.paused).toBe(false);
  });

  run("needs the ingest scope, and refuses non-web and private addresses", async () => {
    const url = "https://other.example/feed";
    for (const token of [undefined, EDIT_TOKEN]) {
      const { body } = await gql(api, ADD, { url }, token);
      expect(body.errors?.[0].extensions.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    }
    for (const bad of ["file:///etc/passwd", "http://127.0.0.1/feed", "http://[::1]/x"]) {
      const { body } = await gql(api, ADD, { url: bad }, INGEST_TOKEN);
      expect(body.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    }
    const { body } = await gql(api, ADD, { url, every: 5 }, INGEST_TOKEN);
    expect(body.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
  });
});
