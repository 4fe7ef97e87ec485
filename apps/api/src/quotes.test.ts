import { type Database, ingestParsedArticle } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goldParsed } from "../test/fixtures.ts";
import { gql, type Json, testApi } from "../test/testing.ts";
import type { Api } from "./yoga.ts";

const backends = await testDatabases();

const QUOTES = `query($filter: QuoteFilter, $first: Int, $after: String) {
  quotes(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id text kind speaker { name country category isOfficial } speakerLabel article { title sourceName } } }
  }
}`;

describe.each(backends)("quotes on $name", (backend) => {
  let db: Database;
  let api: Api;
  const query = async (filter: Json, first = 100) => {
    const { body } = await gql(api, QUOTES, { filter, first });
    expect(body.errors).toBeUndefined();
    return body.data.quotes;
  };
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    api = testApi(db);
    for (const suffix of ["", "\n\nUpdated.\n"]) {
      await ingestParsedArticle(db, goldParsed(suffix).parsed, {
        url: "https://www.nbcnews.com/x",
      });
    }
  });
  afterAll(async () => db?.close());
  const run = it.skipIf(!!backend.skipReason);

  run("answers the Ukrainian-officials question with Zelenskyy, Kuleba and Zaluzhny", async () => {
    const result = await query({ speakerCountry: ["UA"], official: true });
    const speakers = new Set(result.edges.map((e: Json) => e.node.speaker.name));
    expect([...speakers].sort()).toEqual([
      "Dmytro Kuleba",
      "Valery Zaluzhny",
      "Volodymyr Zelenskyy",
    ]);
    expect(result.totalCount).toBe(result.edges.length);
    expect(result.totalCount / 2).toBeGreaterThanOrEqual(6);
    for (const e of result.edges) expect(e.node.article.sourceName).toBe("NBC News");
    const { body } = await gql(
      api,
      `{ facets(filter: {speakerCountry: ["UA"], official: true}) {
      total country { value count } category { value count } source { value count } kind { value count } } }`,
    );
    expect(body.data.facets.total).toBe(result.totalCount);
    expect(body.data.facets.country).toEqual([{ value: "UA", count: result.totalCount }]);
    expect(body.data.facets.kind.every((k: Json) => /^[A-Z]+$/.test(k.value))).toBe(true);
    expect(body.data.facets.source).toEqual([{ value: "NBC News", count: result.totalCount }]);
    const byCategory = Object.fromEntries(
      body.data.facets.category.map((c: Json) => [c.value, c.count]),
    );
    expect(byCategory.GOVERNMENT + byCategory.MILITARY).toBe(result.totalCount);
  });

  run(
    "filters by category, kind, topic, search, speaker, source and dates, with matching totals",
    async () => {
      const experts = await query({ speakerCountry: ["GB"], speakerCategory: ["EXPERT"] });
      expect(new Set(experts.edges.map((e: Json) => e.node.speaker.name))).toEqual(
        new Set(["Frank Ledwidge", "Keir Giles", "Christopher Tuck"]),
      );
      const all = (await query({})).totalCount;
      const kinds = await Promise.all(
        ["DIRECT", "PARTIAL", "INDIRECT"].map((k) => query({ kind: [k] })),
      );
      expect(kinds.reduce((n, k) => n + k.totalCount, 0)).toBe(all);
      expect((await query({ topic: ["medtop:16000000"] })).totalCount).toBe(all);
      expect((await query({ topic: ["Peace Process"] })).totalCount).toBeGreaterThan(0);
      const search = await query({ search: "winter" });
      expect(search.totalCount).toBeGreaterThan(0);
      for (const e of search.edges) expect(e.node.text.toLowerCase()).toMatch(/winter/);
      expect((await query({ source: ["nbc news"] })).totalCount).toBe(all);
      expect((await query({ source: ["Other Paper"] })).totalCount).toBe(0);
      expect((await query({ from: "2022-11-15", to: "2022-11-15" })).totalCount).toBe(all);
      expect((await query({ from: "2022-11-16" })).totalCount).toBe(0);
      const someone = experts.edges[0].node;
      const { body } = await gql(api, `query($id: ID!) { quote(id: $id) { speaker { id } } }`, {
        id: someone.id,
      });
      const bySpeaker = await query({ speakerId: [body.data.quote.speaker.id] });
      expect(bySpeaker.edges.every((e: Json) => e.node.speaker.name === someone.speaker.name)).toBe(
        true,
      );
      const unnamed = await query({ speakerCountry: ["US"], official: false });
      expect(unnamed.edges.some((e: Json) => e.node.speakerLabel === "senior U.S. officials")).toBe(
        true,
      );
    },
  );

  run("pages through every quote with cursors, no duplicates", async () => {
    const total = (await query({})).totalCount;
    const seen = new Set<string>();
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { body }: Json = await gql(api, QUOTES, { first: 7, after });
      for (const e of body.data.quotes.edges) seen.add(e.node.id);
      if (!body.data.quotes.pageInfo.hasNextPage) break;
      after = body.data.quotes.pageInfo.endCursor;
    }
    expect(seen.size).toBe(total);
    const tooMany = await gql(api, QUOTES, { first: 101 });
    expect(tooMany.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const badCursor = await gql(api, QUOTES, { first: 5, after: "nonsense" });
    expect(badCursor.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  run("treats injection strings in filters as plain values", async () => {
    const before = (await query({})).totalCount;
    const nasty = [
      "'; DROP TABLE quotes; --",
      "\\' OR 1=1 --",
      "%",
      "_",
      '") OR ("1"="1',
      "$1",
      "'||pg_sleep(1)||'",
    ];
    for (const s of nasty) {
      const r = await query({
        speakerCountry: [s],
        organization: [s],
        source: [s],
        topic: [s],
        speakerName: s,
      });
      expect(r.totalCount).toBe(0);
      const searched = await query({ search: s });
      expect(searched.totalCount).toBeGreaterThanOrEqual(0);
      const people = await gql(
        api,
        `query($s: String) { people(filter: {search: $s}) { totalCount } }`,
        { s },
      );
      expect(people.body.data.people.totalCount).toBe(0);
    }
    const badId = await gql(api, QUOTES, { filter: { speakerId: ["' OR 1=1 --"] } });
    expect(badId.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect((await query({})).totalCount).toBe(before);
  });
});
