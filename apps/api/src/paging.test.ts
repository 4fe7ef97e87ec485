/**
 * No surprises in paging (issue 17): every connection in the schema takes `last`/`before` as well
 * as `first`/`after`, and both directions agree. The schema is walked, not listed by hand, so a
 * connection added later is checked too.
 */
import { type Database, ingestParsedArticle } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goldParsed } from "../test/fixtures.ts";
import { isConnection, objectTypes, shortestReach } from "../test/schema-walk.ts";
import { gql, type Json, testApi } from "../test/testing.ts";
import type { Api } from "./yoga.ts";

const backends = await testDatabases();
const PAGE = "edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage }";

/** Every connection field of the schema, with a query template reaching it. */
function connectionFields(): { name: string; query: (args: string) => string }[] {
  const found = [];
  for (const type of objectTypes()) {
    for (const f of Object.values(type.getFields()).filter(isConnection)) {
      const path = (args: string) => shortestReach(type, `${f.name}(${args}) { ${PAGE} }`);
      if (!path("first: 1")) throw new Error(`no way to reach ${type.name}.${f.name}`);
      found.push({ name: `${type.name}.${f.name}`, query: (args: string) => `{ ${path(args)} }` });
    }
  }
  return found;
}

/** The connection's page wherever it sits in the answer (the first object with `edges`). */
function pageOf(data: Json): Json {
  if (data && typeof data === "object") {
    if ("edges" in data && "pageInfo" in data) return data;
    for (const value of Object.values(data)) {
      const found = pageOf(Array.isArray(value) ? value[0] : value);
      if (found) return found;
    }
  }
  return null;
}

describe.each(backends)("paging on $name", (backend) => {
  let db: Database;
  let api: Api;
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    api = testApi(db);
    await ingestParsedArticle(db, goldParsed().parsed, { url: "https://www.nbcnews.com/x" });
  });
  afterAll(async () => db?.close());

  const fields = connectionFields();
  it("finds the connections to check", () => expect(fields.length).toBeGreaterThan(10));

  it.skipIf(!!backend.skipReason).each(fields)(
    "$name pages backward as well as forward",
    async ({ query }) => {
      const page = async (args: string) => {
        const { body } = await gql(api, query(args));
        expect(body.errors).toBeUndefined();
        return pageOf(body.data);
      };
      const all = await page("first: 100");
      if (!all) return; // no parent object in the seeded data (checked by the schema walk above)
      const ids = (p: Json) => p.edges.map((e: Json) => e.node.id);
      const everything = ids(all);
      const tail = await page("last: 2");
      expect(ids(tail)).toEqual(everything.slice(-2));
      expect(tail.pageInfo.hasPreviousPage).toBe(everything.length > 2);
      if (everything.length < 3) return;
      const before = await page(`last: 2, before: "${all.edges[2].cursor}"`);
      expect(ids(before)).toEqual(everything.slice(0, 2));
      expect(before.pageInfo.hasNextPage).toBe(true);
      const middle = await page(
        `first: 1, after: "${all.edges[0].cursor}", before: "${all.edges[2].cursor}"`,
      );
      expect(ids(middle)).toEqual(everything.slice(1, 2));
    },
  );
});
