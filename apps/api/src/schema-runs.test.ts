/**
 * Nothing in the schema is refused at run time (issue 17): the schema is walked, every field of
 * every object type the queries reach is asked for, and every argument is given every enum value,
 * both booleans and a real value of the seeded data (each field of a filter input on its own).
 * Cursors (`after`/`before`) are covered by paging.test.ts, mutations by their own tests. An
 * argument added later without a sample value below fails the walk, so it gets one.
 */
import { type Database, ingestParsedArticle } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import {
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goldParsed } from "../test/fixtures.ts";
import {
  type AnyField,
  hasRequiredArgs,
  objectTypes,
  shortestReaches,
} from "../test/schema-walk.ts";
import { EDIT_TOKEN, gql, type Json, testApi } from "../test/testing.ts";
import type { Api } from "./yoga.ts";

const backends = await testDatabases();
const CURSORS = new Set(["after", "before"]);

/** Real values of the seeded data, by argument or input field name (the parent's name first). */
type Samples = Record<string, string>;

const SAMPLES_QUERY = `{
  quotes(first: 1, filter: { official: true }) { edges { node { id
    speaker { id name } article { id sourceName publishedAt places { place { id } } } } } }
  statements(first: 1) { edges { node { id } } }
  topics(first: 1, filter: { used: true }) { edges { node { id iptcId label } } }
  organizations(first: 1) { name }
}`;

/** Looks the seeded data up once and names a real value for every argument that needs one. */
async function samplesOf(api: Api): Promise<Samples> {
  const { body } = await gql(api, SAMPLES_QUERY);
  expect(body.errors).toBeUndefined();
  const quote = body.data.quotes.edges[0].node;
  const topic = body.data.topics.edges[0].node;
  const words = (s: string) => JSON.stringify(s);
  return {
    "article.id": words(quote.article.id),
    "person.id": words(quote.speaker.id),
    "quote.id": words(quote.id),
    "statement.id": words(body.data.statements.edges[0].node.id),
    "topic.id": words(topic.id),
    "node.id": words(quote.article.id),
    "nodes.ids": `[${words(quote.article.id)}, ${words(quote.speaker.id)}]`,
    iptcId: words(topic.iptcId),
    label: words(topic.label),
    parentId: words(topic.iptcId),
    articleId: words(quote.article.id),
    personId: words(quote.speaker.id),
    speakerId: words(quote.speaker.id),
    placeId: words(quote.article.places[0]?.place.id ?? ""),
    topic: words(topic.iptcId),
    source: words(quote.article.sourceName),
    organization: words(body.data.organizations[0]?.name ?? ""),
    country: words("UA"),
    speakerCountry: words("UA"),
    search: words(quote.speaker.name.split(" ").at(-1)),
    speakerName: words(quote.speaker.name.split(" ").at(-1)),
    from: words("2000-01-01"),
    to: words("2100-01-01"),
    first: "1",
    last: "1",
  };
}

/** The literal values to try for one argument (or input field) called `name` of `type`. */
function valuesFor(
  where: string,
  name: string,
  type: GraphQLInputType,
  samples: Samples,
): string[] {
  const named = getNamedType(type);
  const list = isListType(isNonNullType(type) ? type.ofType : type);
  const wrap = (v: string) => (list && !v.startsWith("[") ? `[${v}]` : v);
  if (isEnumType(named)) return named.getValues().map((v) => wrap(v.name));
  if (named.name === "Boolean") return ["true", "false"];
  if (isInputObjectType(named)) {
    return Object.values(named.getFields()).flatMap((f) =>
      valuesFor(`${where}.${f.name}`, f.name, f.type, samples).map((v) => `{ ${f.name}: ${v} }`),
    );
  }
  const sample = samples[where.split(".").slice(-2).join(".")] ?? samples[name];
  if (named.name === "Int") return [sample ?? "1"];
  if (sample === undefined || sample === '""') throw new Error(`no sample value for ${where}`);
  return [wrap(sample)];
}

/** What to select under a field: nothing for a leaf, its type name otherwise. */
const under = (f: AnyField) => (isLeafType(getNamedType(f.type)) ? "" : " { __typename }");

/** Ways tried to reach a type: the first whose answer holds an object of it is the probe. */
const WAYS = 8;

interface Probe {
  name: string;
  /** Queries asking the same thing along different paths, shortest first. */
  queries: string[];
}

/**
 * Types whose objects only feed polling makes (the feeds worker, not run here): still asked for,
 * so a refusal fails the test, but an empty answer is no failure.
 */
const UNSEEDED = new Set(["FeedSource", "FeedFailure"]);

/** The alias of the field a probe asks for: the answer must hold it, or the probe ran nothing. */
const PROBE = "probe";

/** One query per object type with all its fields, then one per argument value of each field. */
function probes(samples: Samples): Probe[] {
  const found: Probe[] = [];
  for (const type of objectTypes()) {
    if (type.name === "Mutation") continue;
    const fields = Object.values(type.getFields());
    const required = (f: AnyField) =>
      f.args
        .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
        .map((a) => `${a.name}: ${valuesFor(`${f.name}.${a.name}`, a.name, a.type, samples)[0]}`)
        .join(", ");
    const call = (f: AnyField, args: string, alias = "") =>
      `${alias}${f.name}${args ? `(${args})` : ""}${under(f)}`;
    const all = fields.map((f, i) => call(f, required(f), i ? "" : `${PROBE}: `)).join(" ");
    const paths = shortestReaches(type, all, WAYS);
    if (!paths.length) continue; // payload types only mutations return
    const queries = paths.map((path) => `{ ${path} }`);
    found.push({ name: `${type.name} { every field }`, queries });
    for (const f of fields) {
      for (const arg of f.args.filter((a) => !CURSORS.has(a.name))) {
        const base = hasRequiredArgs(f) ? required(f) : "";
        for (const value of valuesFor(`${f.name}.${arg.name}`, arg.name, arg.type, samples)) {
          const args = base.includes(`${arg.name}:`) ? base : [base, `${arg.name}: ${value}`];
          const text = Array.isArray(args) ? args.filter(Boolean).join(", ") : args;
          const ways = shortestReaches(type, call(f, text, `${PROBE}: `), WAYS);
          const queries = ways.map((path) => `{ ${path} }`);
          found.push({ name: `${type.name}.${f.name}(${arg.name}: ${value})`, queries });
        }
      }
    }
  }
  return found;
}

describe.each(backends)("every field and argument of the schema runs on $name", (backend) => {
  let db: Database;
  let api: Api;
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    api = testApi(db);
    await ingestParsedArticle(db, goldParsed().parsed, { url: "https://www.nbcnews.com/x" });
    // One correction, so that the fields of corrections are asked for too.
    const { body } = await gql(api, "{ quotes(first: 1) { edges { node { id } } } }");
    const quoteId = body.data.quotes.edges[0].node.id;
    const kind = "mutation($id: ID!) { setQuoteKind(quoteId: $id, kind: PARTIAL) { id } }";
    expect((await gql(api, kind, { id: quoteId }, EDIT_TOKEN)).body.errors).toBeUndefined();
  });
  afterAll(async () => db?.close());

  it.skipIf(!!backend.skipReason)(
    "answers each without an error",
    async () => {
      const all = probes(await samplesOf(api));
      expect(all.length).toBeGreaterThan(100);
      const refused: string[] = [];
      const unreached: string[] = [];
      for (const { name, queries } of all) {
        let reached = false;
        for (const query of queries) {
          const { body } = await gql(api, query);
          const errors = (body.errors ?? []) as Json[];
          for (const e of errors) refused.push(`${name}: ${e.extensions?.code} ${e.message}`);
          reached = JSON.stringify(body.data ?? null).includes(`"${PROBE}":`);
          if (reached || errors.length) break;
        }
        if (!reached && !UNSEEDED.has(name.split(/[ .]/)[0])) unreached.push(name);
      }
      expect(refused).toEqual([]);
      // A probe whose path found no object in the seeded data would prove nothing.
      expect(unreached).toEqual([]);
    },
    300_000,
  );
});
