/**
 * The campaign's cases as HTTP requests: reads, writes, query shapes (syntax soup, deep nesting,
 * many aliases), export downloads with odd parameters, and malformed HTTP bodies.
 */
import fc from "fast-check";
import { mutation } from "./mutations.ts";
import { type KnownIds, type Operation, readOperation } from "./queries.ts";
import { dateLike, idLike, oddText } from "./values.ts";

/** One request of the campaign, sent as is by a test (`yoga.fetch`) or a benchmark (HTTP). */
export interface FuzzRequest {
  kind: "read" | "write" | "shape" | "export" | "http";
  method: "GET" | "POST";
  /** Path and query string. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

function post(kind: FuzzRequest["kind"], op: Operation): FuzzRequest {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (op.token) headers.authorization = `Bearer ${op.token}`;
  const { token: _, ...payload } = op;
  return { kind, method: "POST", path: "/graphql", headers, body: JSON.stringify(payload) };
}

const TOKENS = [
  "{",
  "}",
  "(",
  ")",
  "[",
  "]",
  "quotes",
  "edges",
  "node",
  "id",
  "text",
  "a:",
  "...",
  "fragment",
  "on",
  "Quote",
  "$x",
  ":",
  "!",
  "@skip(if: true)",
  "first: 5",
  "filter: {}",
  '"s"',
  '"""',
  "#",
  "\n",
  "query",
  "mutation",
  "subscription",
  "__schema",
  "__type",
  "=",
  "1e999",
];

/** Query shapes: syntax soup, nesting and aliases around the limits, introspection. */
const shape = fc
  .oneof(
    fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((t) => t.join(" ")),
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.integer({ min: 1, max: 40 }).map((d) => {
      let s = "id";
      for (let i = 0; i < d; i++) s = `article { quotes { ${s} } }`;
      return `{ quotes(first: 2) { edges { node { ${s} } } } }`;
    }),
    fc
      .integer({ min: 1, max: 80 })
      .map(
        (n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: sources { name }`).join(" ")} }`,
      ),
    fc
      .integer({ min: 1, max: 30 })
      .map(
        (n) =>
          `{ ${Array.from({ length: n }, (_, i) => `q${i}: quotes(first: 100) { edges { node { id text } } }`).join(" ")} }`,
      ),
    fc.constantFrom(
      "{ __schema { types { name fields { name } } } }",
      "{ __typename }",
      "{ nope }",
      "subscription { x }",
    ),
    fc.integer({ min: 2_900, max: 3_100 }).map((n) => `{ ${"__typename ".repeat(n)}}`),
  )
  .chain((query) =>
    fc.record(
      {
        query: fc.constant(query),
        variables: fc.oneof(fc.constant(undefined), fc.object()),
        operationName: fc.oneof(fc.constant(undefined), oddText),
      },
      { requiredKeys: ["query"] },
    ),
  );

const EXPORT_PARAMS = [
  "speakerCountry",
  "speakerCategory",
  "official",
  "speakerId",
  "speakerName",
  "organization",
  "topic",
  "kind",
  "source",
  "articleId",
  "from",
  "to",
  "search",
  "first",
  "unknown",
];

/** A query string of `pairs`, each value cut until the whole is at most 8,000 characters encoded. */
function cappedQuery(pairs: [string, string][]): string {
  const each = Math.floor(8_000 / Math.max(1, pairs.length));
  return pairs
    .map(([k, v]) => {
      // URLSearchParams, not encodeURIComponent: a lone surrogate becomes U+FFFD, not an error.
      const encode = (value: string) => new URLSearchParams([[k, value]]).toString();
      let value = v.slice(0, 3_000);
      while (encode(value).length > each) value = value.slice(0, value.length >> 1);
      return encode(value);
    })
    .join("&");
}

/** An export download with odd parameters (repeated, comma-joined, empty, NUL, long). */
function exportRequest(ids: KnownIds) {
  const value = fc.oneof(
    oddText,
    dateLike,
    idLike([...ids.articles, ...ids.people]),
    fc.constantFrom("true", "false", "direct,partial", "GOVERNMENT", "UA,US", ",,,"),
  );
  return fc
    .tuple(
      fc.constantFrom("csv", "jsonl", "csv", "jsonl", "xml"),
      fc.array(fc.tuple(fc.constantFrom(...EXPORT_PARAMS), value), { maxLength: 5 }),
    )
    .map(([format, pairs]): FuzzRequest => {
      // Cap the query string below node's 16 KB header limit (a longer one is node's 431, not
      // ours). Counted once encoded: one character can take 9 (%EF%BF%BD).
      const query = cappedQuery(pairs);
      return {
        kind: "export",
        method: "GET",
        path: `/export/quotes.${format}?${query}`,
        headers: {},
      };
    });
}

/** Malformed HTTP: bad JSON, wrong content types, batches, GET queries. */
const http = fc.oneof(
  fc.string({ maxLength: 100 }).map(
    (body): FuzzRequest => ({
      kind: "http",
      method: "POST",
      path: "/graphql",
      headers: { "content-type": "application/json" },
      body,
    }),
  ),
  fc
    .constantFrom(
      "[]",
      "[{}]",
      "null",
      "1",
      '{"query": 5}',
      '{"query": "{ __typename }", "variables": "x"}',
      '{"query": "{ __typename }", "extensions": {"persistedQuery": {}}}',
    )
    .map(
      (body): FuzzRequest => ({
        kind: "http",
        method: "POST",
        path: "/graphql",
        headers: { "content-type": "application/json" },
        body,
      }),
    ),
  oddText.map(
    (q): FuzzRequest => ({
      kind: "http",
      method: "GET",
      path: `/graphql?${cappedQuery([["query", q]])}`,
      headers: { accept: "application/json" },
    }),
  ),
  fc.constant<FuzzRequest>({
    kind: "http",
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "text/plain" },
    body: "{ __typename }",
  }),
);

/** Every kind of case, in proportions that keep the (costly) writes a minority. */
export function fuzzRequest(
  ids: KnownIds,
  samples: string[],
  tokens: string[],
): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    { weight: 45, arbitrary: readOperation(ids).map((op) => post("read", op)) },
    { weight: 12, arbitrary: shape.map((op) => post("shape", op)) },
    { weight: 8, arbitrary: mutation(ids, samples, tokens).map((op) => post("write", op)) },
    { weight: 25, arbitrary: exportRequest(ids) },
    { weight: 10, arbitrary: http },
  );
}
