import { type Database, ingestParsedArticle } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goldParsed } from "../test/fixtures.ts";
import { gql, testApi } from "../test/testing.ts";

const backends = await testDatabases();

/** The database with every statement counted (what the API sends, not what the driver does). */
function counting(db: Database): { db: Database; count: () => number; reset: () => void } {
  let n = 0;
  const proxy = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === "query") {
        return (sql: string, params?: unknown[]) => {
          n++;
          return target.query(sql, params);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db: proxy, count: () => n, reset: () => (n = 0) };
}

describe.each(backends)("DataLoaders on $name", (backend) => {
  let db: Database;
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    for (const suffix of ["", "\n\nUpdated.\n", "\n\nUpdated again.\n"]) {
      await ingestParsedArticle(db, goldParsed(suffix).parsed);
    }
  });
  afterAll(async () => db?.close());

  it.skipIf(!!backend.skipReason)(
    "serves 50 quotes with speaker, article and topics in a constant number of statements",
    async () => {
      const counter = counting(db);
      const api = testApi(counter.db);
      const query = `{ quotes(first: 50) { totalCount edges { node {
      text kind sentence
      speaker { name country roles { role } quoteCount }
      article { title sourceName publishedAt }
      topics { score topic { label parent { label } } }
    } } } }`;
      counter.reset();
      const { body } = await gql(api, query);
      expect(body.errors).toBeUndefined();
      expect(body.data.quotes.edges).toHaveLength(50);
      expect(
        body.data.quotes.edges.filter((e: { node: { speaker: unknown } }) => e.node.speaker).length,
      ).toBeGreaterThan(30);
      // page, count, people, roles, person stats, articles, article bodies, quote topics, parents
      expect(counter.count()).toBeLessThanOrEqual(9);
    },
  );
});
