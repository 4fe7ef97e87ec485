/** The per-request budget of list items: nested unpaginated lists stop at the budget, coded. */
import { ingestParsedArticle, openDatabase } from "@whosaid/db";
import { buildSchema, graphql } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goldParsed } from "../../test/fixtures.ts";
import { gql, testApi } from "../../test/testing.ts";
import { guardResultSize } from "./result-size.ts";

describe("the list-item budget on a small schema", () => {
  // A cycle like the real one (article → quotes → article …), each list 10 long.
  const schema = guardResultSize(
    buildSchema(
      "type Query { shelf: Shelf } type Shelf { books: [Book] } type Book { shelf: Shelf }",
    ),
    50,
  );
  let resolved = 0;
  const book = () => ({ shelf: () => shelf() });
  const shelf = () => ({
    books: () => {
      resolved++;
      return Array.from({ length: 10 }, book);
    },
  });

  it("refuses past the budget with RESULT_TOO_LARGE and stops resolving lists", async () => {
    resolved = 0;
    const result = await graphql({
      schema,
      source:
        "{ shelf { books { shelf { books { shelf { books { shelf { books { __typename } } } } } } } } }",
      rootValue: { shelf },
      contextValue: {},
    });
    expect(result.errors?.[0].extensions.code).toBe("RESULT_TOO_LARGE");
    // 1 + 10 + 100 + 1,000 lists without the budget; the budget stops it after a few.
    expect(resolved).toBeLessThan(20);
  });

  it("counts each request on its own", async () => {
    for (let i = 0; i < 3; i++) {
      const result = await graphql({
        schema,
        // 40 items a request: three requests together (120) would pass the budget of 50.
        source:
          "{ a: shelf { books { __typename } } b: shelf { books { __typename } } c: shelf { books { __typename } } d: shelf { books { __typename } } }",
        rootValue: { shelf },
        contextValue: {},
      });
      expect(result.errors).toBeUndefined();
    }
  });
});

describe("the list-item budget on the API", () => {
  let db: Awaited<ReturnType<typeof openDatabase>>;
  beforeAll(async () => {
    db = await openDatabase({ memory: true });
  }, 120_000);
  afterAll(async () => db?.close());

  it("answers quotes nested through their article four times with a code, not a heap", async () => {
    const api = testApi(db);
    await ingestParsedArticle(db, goldParsed().parsed, { url: "https://example.com/a" });
    const nested =
      "{ quotes(first: 2) { edges { node { article { quotes { article { quotes { article { quotes { article { quotes { id } } } } } } } } } } } }";
    const { body } = await gql(api, nested);
    expect(body.errors?.[0].extensions.code).toBe("RESULT_TOO_LARGE");
    expect(body.errors?.[0].message).toMatch(/ask for fewer items/);
    // One level of the same lists is an ordinary query.
    const { body: ok } = await gql(
      api,
      "{ quotes(first: 2) { edges { node { article { quotes { id } } } } } }",
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.quotes.edges[0].node.article.quotes.length).toBeGreaterThan(10);
  }, 120_000);
});
