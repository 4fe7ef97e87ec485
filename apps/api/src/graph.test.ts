import { type Database, ingestParsedArticle } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goldParsed } from "../test/fixtures.ts";
import { gql, type Json, testApi } from "../test/testing.ts";
import type { Api } from "./yoga.ts";

const backends = await testDatabases();

describe.each(backends)("the graph on $name", (backend) => {
  let db: Database;
  let api: Api;
  let articleId: string;
  const q = async (query: string, variables: Json = {}) => {
    const { body } = await gql(api, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    api = testApi(db);
    await ingestParsedArticle(db, goldParsed().parsed);
    await ingestParsedArticle(db, goldParsed("\n\nUpdated.\n").parsed);
    articleId = (await q("{ articles(first: 1) { edges { node { id } } } }")).articles.edges[0].node
      .id;
  });
  afterAll(async () => db?.close());
  const run = it.skipIf(!!backend.skipReason);

  run(
    "keeps one Person across articles, with roles, quotes, topics and co-quoted people",
    async () => {
      const data = await q(`{ people(filter: {search: "zelensky"}) { totalCount edges { node {
      id name aliases country category isOfficial role quoteCount articleCount
      roles { role from article { id } }
      quotes(first: 3) { totalCount edges { node { text } } }
      articles { totalCount }
      topics { topic { iptcId label } count }
      coQuoted { person { name } sharedArticles }
    } } } }`);
      expect(data.people.totalCount).toBe(1);
      const z = data.people.edges[0].node;
      expect(z).toMatchObject({
        name: "Volodymyr Zelenskyy",
        country: "UA",
        category: "GOVERNMENT",
        isOfficial: true,
      });
      expect(z.articleCount).toBe(2);
      expect(z.quotes.totalCount).toBe(z.quoteCount);
      expect(z.roles.length).toBeGreaterThanOrEqual(1);
      expect(z.topics[0].topic.iptcId).toBe("medtop:16000000");
      expect(z.coQuoted.map((c: Json) => c.person.name)).toContain("Dmytro Kuleba");
      const node = await q(`query($id: ID!) { node(id: $id) { ... on Person { name } } }`, {
        id: z.id,
      });
      expect(node.node.name).toBe("Volodymyr Zelenskyy");
      const officials = await q(
        `{ people(filter: {official: true, country: ["UA"]}, orderBy: QUOTES) { totalCount } }`,
      );
      expect(officials.people.totalCount).toBe(3);
    },
  );

  run(
    "serves an Article's body with quote spans, people, quotes, topics and related stories",
    async () => {
      const data = await q(
        `query($id: ID!) { article(id: $id) {
      text paragraphs { text start quoteSpans { start end quote { text } } }
      people { name } quotes { text start end sentence paragraph speaker { name } } topics { topic { label } score }
      relatedArticles { id } source { name articleCount }
    } }`,
        { id: articleId },
      );
      const a = data.article;
      for (const p of a.paragraphs) {
        for (const s of p.quoteSpans)
          expect(p.text.slice(s.start, s.end)).toBe(s.quote.text.slice(0, s.end - s.start));
      }
      expect(a.paragraphs.flatMap((p: Json) => p.quoteSpans).length).toBe(a.quotes.length);
      for (const quote of a.quotes) {
        expect(a.text.slice(quote.start, quote.end)).toBe(quote.text);
        expect(quote.sentence).toContain(quote.text.slice(0, 30));
      }
      expect(a.people.map((p: Json) => p.name)).toContain("Dmytro Kuleba");
      expect(a.topics[0].topic.label).toBe("conflict, war and peace");
      expect(a.relatedArticles).toHaveLength(1);
      expect(a.source).toEqual({ name: "NBC News", articleCount: 2 });
    },
  );

  run("serves Topics with their tree, counts and quotes", async () => {
    const data =
      await q(`{ topic(iptcId: "medtop:20000638") { label path parent { iptcId children { label } }
      quoteCount articleCount quotes(first: 2) { totalCount } } topics(filter: {used: true}) { totalCount } }`);
    expect(data.topic.parent.iptcId).toBe("medtop:16000000");
    expect(data.topic.parent.children.map((c: Json) => c.label)).toContain("peace process");
    expect(data.topic.quotes.totalCount).toBe(data.topic.quoteCount);
    expect(data.topic.articleCount).toBe(2);
    expect(data.topics.totalCount).toBe(2);
  });

  run("exports every matching quote as CSV and JSONL with the source columns", async () => {
    const total = (
      await q(`{ quotes(filter: {speakerCountry: ["UA"], official: true}) { totalCount } }`)
    ).quotes.totalCount;
    const csv = await (
      await api.fetch("http://whosaid.test/export/quotes.csv?speakerCountry=UA&official=true")
    ).text();
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe(
      "quote,kind,speaker,country,category,role,organization,article_title,source,date,url,quote_id,article_id,statement_id",
    );
    expect(lines).toHaveLength(total + 1);
    const jsonl = await (
      await api.fetch("http://whosaid.test/export/quotes.jsonl?speakerCountry=UA&official=true")
    ).text();
    const rows = jsonl
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(total);
    expect(rows[0]).toMatchObject({ country: "UA", source: "NBC News", date: "2022-11-15" });
    const bad = await api.fetch("http://whosaid.test/export/quotes.csv?kind=SHOUTED");
    expect(bad.status).toBe(400);
  });

  run("reads the export in keyset batches without losing or repeating rows", async () => {
    const { exportQuotes } = await import("@whosaid/db/read");
    const ids: string[] = [];
    for await (const batch of exportQuotes(db, {}, 7)) ids.push(...batch.map((r) => r.quoteId));
    const total = (await q("{ quotes { totalCount } }")).quotes.totalCount;
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });
});
