import type { Database } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  gql,
  INGEST,
  INGEST_TOKEN,
  ingest,
  READ_TOKEN,
  seedText,
  testApi,
} from "../test/testing.ts";
import { exampleTabs } from "./graphiql.ts";
import type { Api } from "./yoga.ts";

const backends = await testDatabases();

describe.each(backends)("foundation on $name", (backend) => {
  let db: Database;
  let api: Api;
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    api = testApi(db);
  });
  afterAll(async () => db?.close());

  it.skipIf(!!backend.skipReason)(
    "ingests the reference article once, idempotently, and lists it",
    async () => {
      const first = await ingest(api, { text: seedText(), url: "https://example.test/a" });
      expect(first.created).toBe(true);
      const again = await ingest(api, { text: seedText(), url: "https://example.test/a" });
      expect(again).toEqual({ id: first.id, created: false });
      const { body } = await gql(
        api,
        `{ articles(first: 5) { totalCount edges { node { id title publishedAt sourceName authors } } } }`,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.articles.totalCount).toBe(1);
      expect(body.data.articles.edges[0].node).toMatchObject({
        id: first.id,
        title: "Ukraine dismisses push to compromise with Putin after Kherson retreat",
        publishedAt: "2022-11-15",
        sourceName: "NBC News",
      });
      const node = await gql(
        api,
        `query($id: ID!) { node(id: $id) { __typename ... on Article { title } } }`,
        { id: first.id },
      );
      expect(node.body.data.node.__typename).toBe("Article");
      const one = await gql(
        api,
        `query($id: ID!) { article(id: $id) { paragraphs { text } captions { credit } relatedStories { title } } }`,
        { id: first.id },
      );
      expect(one.body.data.article.paragraphs).toHaveLength(27);
      expect(one.body.data.article.relatedStories).toHaveLength(20);
    },
  );

  it.skipIf(!!backend.skipReason)(
    "refuses mutations without a valid token and stores nothing",
    async () => {
      const text = "A headline about nothing\n\nA paragraph that nobody should be able to store.";
      const before = (await gql(api, "{ articles { totalCount } }")).body.data.articles.totalCount;
      for (const token of [undefined, "wrong-token-123456789", READ_TOKEN]) {
        const { body } = await gql(api, INGEST, { input: { text } }, token);
        expect(body.data?.ingestArticle ?? null).toBeNull();
        expect(body.errors[0].extensions.code).toBe(
          token === READ_TOKEN ? "FORBIDDEN" : "UNAUTHENTICATED",
        );
      }
      expect((await gql(api, "{ articles { totalCount } }")).body.data.articles.totalCount).toBe(
        before,
      );
    },
  );

  it.skipIf(!!backend.skipReason)(
    "previews without storing, and rejects bad input with a code",
    async () => {
      const { body } = await gql(
        api,
        `mutation($input: ArticleInput!) { previewArticle(input: $input) { title paragraphs existingArticle { id } } }`,
        { input: { text: seedText() } },
        INGEST_TOKEN,
      );
      expect(body.data.previewArticle.title).toMatch(/^Ukraine dismisses/);
      expect(body.data.previewArticle.existingArticle).not.toBeNull();
      const empty = await gql(api, INGEST, { input: { text: "   " } }, INGEST_TOKEN);
      expect(empty.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      const both = await gql(api, INGEST, { input: { text: "x", html: "<p>x</p>" } }, INGEST_TOKEN);
      expect(both.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    },
  );

  it.skipIf(!!backend.skipReason)(
    "serves GraphiQL, assets included, with example tabs that all run",
    async () => {
      const res = await api.fetch("http://whosaid.test/graphql", {
        headers: { accept: "text/html" },
      });
      const html = await res.text();
      expect(html).toContain("GraphiQL");
      expect(html).toContain("speakerCountry");
      // Everything the page needs is inline: no script or stylesheet from another host.
      expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
      for (const { query } of exampleTabs) {
        const res = await api.fetch("http://whosaid.test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        });
        expect((await res.json()).errors, query.split("\n")[0]).toBeUndefined();
      }
    },
  );
});
