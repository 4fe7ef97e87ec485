/** The Pothos complexity limit (behind graphql-armor's static cost): page sizes multiply. */
import { openDatabase } from "@whosaid/db";
import { createParserPool } from "@whosaid/ingest";
import { execute, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TokenStore } from "./auth.ts";
import { createContext } from "./context.ts";
import { schema } from "./schema/index.ts";

describe("complexity by page size", () => {
  let db: Awaited<ReturnType<typeof openDatabase>>;
  beforeAll(async () => {
    db = await openDatabase({ memory: true });
  });
  afterAll(async () => db?.close());

  const run = (query: string) =>
    execute({
      schema,
      document: parse(query),
      contextValue: createContext(
        {
          db,
          parser: createParserPool({ threads: 1 }),
          fetchArticle: () => Promise.reject(new Error("no fetching here")),
          tokens: new TokenStore([]),
          allowPrivateUrls: false,
        },
        new Request("http://x/"),
        null,
      ),
    });

  it("refuses nested connections whose pages multiply past the limit, with a code", async () => {
    const result = await run(
      "{ people(first: 100) { edges { node { a: quotes(first: 100) { totalCount } b: articles(first: 100) { totalCount } c: topics(first: 100) { count } } } } }",
    );
    expect(result.errors?.[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(result.errors?.[0].message).toMatch(/ask for fewer items with `first`/);
  });

  it("lets an ordinary page through", async () => {
    const result = await run(
      "{ people(first: 20) { totalCount edges { node { name quotes(first: 5) { totalCount } } } } }",
    );
    expect(result.errors).toBeUndefined();
  });
});
