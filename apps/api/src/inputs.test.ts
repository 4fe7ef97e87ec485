/**
 * Values that used to reach SQL unchecked (issue 13, findings 5 and 6): every one is refused with
 * BAD_USER_INPUT before the database sees it, or stored safely; nothing is a masked 500.
 */
import type { Database } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { gql, INGEST, INGEST_TOKEN, ingest, seedText, testApi } from "../test/testing.ts";
import { encodeCursor } from "./pagination.ts";
import type { Api } from "./yoga.ts";

const backends = await testDatabases();
const NUL = "a\u0000b";
const HUGE = "war ".repeat(250_000); // 1 MB

describe.each(backends)("input checks on $name", (backend) => {
  let db: Database;
  let api: Api;
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    api = testApi(db, { WHOSAID_MAX_BODY_BYTES: String(8 * 1024 * 1024) });
    await ingest(api, { text: seedText() });
  });
  afterAll(async () => db?.close());
  const run = it.skipIf(!!backend.skipReason);

  const code = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const { body } = await gql(api, query, variables, token);
    return body.errors?.[0]?.extensions?.code ?? "OK";
  };
  const quotes = "query($f: QuoteFilter) { quotes(filter: $f) { totalCount } }";

  run.each([
    ["from before year 1", { from: "0000-01-01" }],
    ["to before year 1", { to: "0000-06-30" }],
    ["NUL in search", { search: NUL }],
    ["a lone surrogate in search", { search: "harbour\ud800" }],
    ["NUL in speakerName", { speakerName: NUL }],
    ["NUL in a source", { source: [NUL] }],
    ["NUL in an organization", { organization: [NUL] }],
    ["NUL in a topic", { topic: [NUL] }],
    ["a 1 MB search", { search: HUGE }],
    ["a 1 MB speakerName", { speakerName: HUGE }],
    ["a 1 MB source", { source: [HUGE] }],
    ["10,000 countries", { speakerCountry: Array.from({ length: 10_000 }, () => "UA") }],
  ])("refuses %s in a quote filter with BAD_USER_INPUT", async (_name, filter) => {
    expect(await code(quotes, { f: filter })).toBe("BAD_USER_INPUT");
  });

  run("refuses dates before year 1 written inline too", async () => {
    expect(await code(`{ quotes(filter: {from: "0000-01-01"}) { totalCount } }`)).toBe(
      "BAD_USER_INPUT",
    );
    expect(await code(`{ quotes(filter: {to: "9999-12-31"}) { totalCount } }`)).toBe("OK");
  });

  run.each([
    ["people search", "query($s: String) { people(filter: {search: $s}) { totalCount } }"],
    ["articles search", "query($s: String) { articles(filter: {search: $s}) { totalCount } }"],
    ["topics search", "query($s: String) { topics(filter: {search: $s}) { totalCount } }"],
    ["topic label", "query($s: String) { topic(label: $s) { id } }"],
    ["a node id", "query($s: ID!) { node(id: $s) { id } }"],
  ])("refuses NUL and 1 MB in the %s", async (_name, query) => {
    expect(await code(query, { s: NUL })).toBe("BAD_USER_INPUT");
    expect(await code(query, { s: HUGE })).toBe("BAD_USER_INPUT");
  });

  // The campaign's find: a NUL hidden inside a base64 global id reached SQL (masked error).
  const hidden = (text: string) => Buffer.from(text).toString("base64");
  run.each([
    ["a topic id", "query($s: ID) { topic(id: $s) { id } }", hidden("Place:a\u0000b")],
    [
      "a topic id of the Topic type",
      "query($s: ID) { topic(id: $s) { id } }",
      hidden("Topic:a\u0000b"),
    ],
    ["a node id", "query($s: ID!) { node(id: $s) { id } }", hidden("Topic:a\u0000b")],
    ["a person id", "query($s: ID!) { person(id: $s) { id } }", hidden("Person:a\u0000b")],
    [
      "a quote filter's personId",
      "query($s: ID!) { quotes(filter: {speakerId: [$s]}) { totalCount } }",
      hidden("Person:a\u0000b"),
    ],
  ])("refuses a NUL hidden in %s with BAD_USER_INPUT", async (_name, query, id) => {
    expect(await code(query, { s: id })).toBe("BAD_USER_INPUT");
  });

  run.each([
    ["a huge offset", encodeCursor({ o: 1e20 })],
    ["a negative offset", encodeCursor({ o: -5 })],
    ["a 1 MB cursor", HUGE],
  ])("refuses %s as a people cursor", async (_name, after) => {
    expect(await code("query($a: String) { people(after: $a) { totalCount } }", { a: after })).toBe(
      "BAD_USER_INPUT",
    );
  });

  run("refuses a quote cursor whose date is out of range", async () => {
    const after = encodeCursor({ date: "0000-01-01", id: "00000000-0000-4000-8000-000000000000" });
    expect(await code("query($a: String) { quotes(after: $a) { totalCount } }", { a: after })).toBe(
      "BAD_USER_INPUT",
    );
  });

  const input = (extra: Record<string, unknown>) => ({ text: seedText(), ...extra });
  run.each([
    ["publishedAt before year 1", { publishedAt: "0000-01-01" }],
    ["NUL in source", { source: NUL }],
    ["NUL in url", { url: `https://example.com/${NUL}` }],
    // The 100,000-case campaign's find: JSON keeps a lone surrogate as an escape that
    // PostgreSQL's json refuses, so the article failed with a masked error.
    ["a lone surrogate in source", { source: "Harbour Gazette\udc00" }],
    ["a lone high surrogate in source", { source: "\ud800" }],
    ["a lone surrogate in url", { url: "https://example.com/news\ud83d" }],
    ["a 1 MB source", { source: HUGE }],
    ["a 1 MB url", { url: `https://example.com/${HUGE}` }],
  ])("refuses an article with %s, storing nothing", async (_name, extra) => {
    const before = (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles")).rows;
    expect(await code(INGEST, { input: input(extra) }, INGEST_TOKEN)).toBe("BAD_USER_INPUT");
    const after = (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles")).rows;
    expect(after).toEqual(before);
  });

  run("refuses NUL in article text by the parser's rule (binary input)", async () => {
    const { body } = await gql(api, INGEST, { input: { text: `Title\n\n${NUL}` } }, INGEST_TOKEN);
    expect(body.errors[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      reason: "BINARY_INPUT",
    });
  });

  run("stores an article holding lone surrogates, with U+FFFD in their place", async () => {
    const text =
      'Storm Warning\n\nThe mayor said "we are ready\ud83d for anything" on Monday.\n\nResidents were told to stay home\udc00.';
    const { body } = await gql(
      api,
      `mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id text } } }`,
      { input: { text } },
      INGEST_TOKEN,
    );
    expect(body.errors).toBeUndefined();
    const stored: string = body.data.ingestArticle.article.text;
    expect(stored).toContain("ready\ufffd for");
    expect(/[\uD800-\uDFFF]/u.test(stored)).toBe(false); // no lone surrogate left
  });

  run("logs a bounded line, not the input, when a refused value is huge", async () => {
    const written: string[] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
        written.push(args.map(String).join(" "));
      }),
    );
    try {
      await code(quotes, { f: { search: HUGE } });
      await code(quotes, { f: { from: "0000-01-01", search: HUGE.slice(0, 900) } });
    } finally {
      for (const s of spies) s.mockRestore();
    }
    expect(written.join("\n").length).toBeLessThan(4_000);
  });
});
