/**
 * The acceptance check, end to end through the real parser: after ingesting the reference
 * article, "all statements by Ukrainian officials" returns exactly Zelenskyy's, Kuleba's and
 * Zaluzhny's (at least 6), with article and speaker details, and the facets count them right.
 */
import { readFileSync } from "node:fs";
import type { Database } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, ingest, type Json, seedPath, seedText, testApi } from "../test/testing.ts";
import type { Api } from "./yoga.ts";

const backends = await testDatabases();
const gold = JSON.parse(readFileSync(`${seedPath}.gold.json`, "utf8"));
const view = gold.views["statements by Ukrainian officials"];

describe.each(backends)("the reference article on $name", (backend) => {
  let db: Database;
  let api: Api;
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    api = testApi(db);
    await ingest(api, {
      text: seedText(),
      url: "https://www.nbcnews.com/news/world/ukraine-kherson",
    });
  });
  afterAll(async () => db?.close());

  // A parser that loses every person fails here (no speakers), it is never turned into a todo.
  it("answers the Ukrainian-officials query with exactly Zelenskyy, Kuleba and Zaluzhny", async () => {
    if (backend.skipReason) return;
    const { body } = await gql(
      api,
      `{
      quotes(filter: {speakerCountry: ["UA"], official: true}, first: 100) {
        totalCount
        edges { node { text kind statement { id } speaker { name country category isOfficial role } article { title publishedAt sourceName url } } }
      }
      facets(filter: {speakerCountry: ["UA"], official: true}) { total country { value count } }
    }`,
    );
    expect(body.errors).toBeUndefined();
    const { quotes, facets } = body.data;
    const speakers = new Set(quotes.edges.map((e: Json) => e.node.speaker.name));
    expect([...speakers].sort()).toEqual([...view.speakers].sort());
    expect(quotes.totalCount).toBeGreaterThanOrEqual(view.minQuotes);
    for (const { node } of quotes.edges) {
      expect(node.speaker).toMatchObject({ country: "UA", isOfficial: true });
      expect(node.article).toMatchObject({
        title: gold.article.title,
        publishedAt: "2022-11-15",
        sourceName: "NBC News",
      });
    }
    // Facets count statements: the pieces of one statement (split or nested quotes) count once.
    const statements = new Set(quotes.edges.map((e: Json) => e.node.statement.id)).size;
    expect(facets.total).toBe(statements);
    expect(facets.country).toEqual([{ value: "UA", count: statements }]);
  });
});
