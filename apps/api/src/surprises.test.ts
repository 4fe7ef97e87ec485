/**
 * An API without surprises (issue 17): facet values work as filter values as they are, the
 * category facet accounts for every quote, a topic filter takes in subtopics, an article's people
 * count their quotes in that article, and its quotes come in reading order.
 */
import { type Database, ingestParsedArticle } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goldParsed } from "../test/fixtures.ts";
import { gql, type Json, testApi } from "../test/testing.ts";
import type { Api } from "./yoga.ts";

const backends = await testDatabases();

const FACETS = `{ facets(first: 100) { total
  country { value label count } category { value count } kind { value count }
  topic { value count } source { value count } organization { value count }
  speaker { value label count } } }`;

describe.each(backends)("API without surprises on $name", (backend) => {
  let db: Database;
  let api: Api;
  const ask = async (query: string, variables: Json = {}) => {
    const { body } = await gql(api, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const count = async (filter: Json) =>
    (
      await ask("query($f: QuoteFilter) { quotes(filter: $f, first: 0) { totalCount } }", {
        f: filter,
      })
    ).quotes.totalCount;
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    api = testApi(db);
    await ingestParsedArticle(db, goldParsed().parsed, { url: "https://www.nbcnews.com/x" });
  });
  afterAll(async () => db?.close());
  const run = it.skipIf(!!backend.skipReason);

  run("takes every facet value back as a filter value, with the facet's count", async () => {
    const { facets } = await ask(FACETS);
    const asFilter: [string, string][] = [
      ["country", "speakerCountry"],
      ["category", "speakerCategory"],
      ["kind", "kind"],
      ["topic", "topic"],
      ["source", "source"],
      ["organization", "organization"],
      ["speaker", "speakerId"],
    ];
    for (const [facet, field] of asFilter) {
      expect(facets[facet].length, facet).toBeGreaterThan(0);
      for (const { value, count: n } of facets[facet]) {
        // Literal enum values in the query text, exactly as the facet spelled them.
        const literal = facet === "category" || facet === "kind" ? value : JSON.stringify(value);
        const data = await ask(`{ quotes(filter: {${field}: [${literal}]}) { totalCount } }`);
        if (facet === "topic") expect(data.quotes.totalCount).toBeGreaterThanOrEqual(n);
        else expect(data.quotes.totalCount, `${facet} ${value}`).toBe(n);
      }
    }
    const ukraine = facets.country.find((c: Json) => c.value === "UA");
    expect(ukraine.label).toBe("Ukraine");
    const categories = facets.category.reduce((sum: number, c: Json) => sum + c.count, 0);
    expect(categories).toBe(facets.total);
  });

  run("includes a topic's subtopics when filtering by it", async () => {
    const { facets } = await ask(FACETS);
    let checked = 0;
    for (const { value } of facets.topic) {
      const { topic } = await ask(
        "query($id: String) { topic(iptcId: $id) { parent { id iptcId } } }",
        {
          id: value,
        },
      );
      if (!topic?.parent) continue;
      const child = await count({ topic: [value] });
      const parent = await count({ topic: [topic.parent.iptcId] });
      expect(parent).toBeGreaterThanOrEqual(child);
      expect(child).toBeGreaterThan(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  run(
    "counts an article's people's quotes in that article, and lists quotes in reading order",
    async () => {
      const data = await ask(`{ articles(first: 1) { edges { node {
      people { id quoteCount totalQuoteCount }
      quotes { start speaker { id } } } } } }`);
      const article = data.articles.edges[0].node;
      for (const person of article.people) {
        const here = article.quotes.filter((q: Json) => q.speaker?.id === person.id).length;
        expect(person.quoteCount).toBe(here);
        expect(person.totalQuoteCount).toBeGreaterThanOrEqual(here);
      }
      const starts = article.quotes.map((q: Json) => q.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    },
  );
});
