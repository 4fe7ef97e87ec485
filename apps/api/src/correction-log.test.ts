/**
 * Corrections as the web app uses them (issue 17): a statement's kind and a person's facts, each
 * listed with who made it and when, kept through re-parsing, and undone; merges and splits undone.
 */
import type { Database } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EDIT_TOKEN,
  gql,
  INGEST_TOKEN,
  ingest,
  type Json,
  seedText,
  testApi,
} from "../test/testing.ts";
import type { Api } from "./yoga.ts";

const backends = await testDatabases();

const ARTICLE = `query($id: ID!) { article(id: $id) {
  quotes { id text kind speaker { id name } corrections { id kind detail createdBy createdAt } }
  people { id name country category isOfficial role articleCount corrections { id kind detail createdBy } }
  corrections { id kind quoteText } } }`;

describe.each(backends)("correction log on $name", (backend) => {
  let db: Database;
  let api: Api;
  let articleId: string;
  const article = async (): Promise<Json> =>
    (await gql(api, ARTICLE, { id: articleId })).body.data.article;
  const mutate = async (query: string, variables: Json, token = EDIT_TOKEN) => {
    const { body } = await gql(api, query, variables, token);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const reparse = () =>
    mutate(
      "mutation($id: ID!) { reparseArticle(id: $id) { id } }",
      { id: articleId },
      INGEST_TOKEN,
    );
  const undo = (id: string) =>
    mutate("mutation($id: ID!) { undoCorrection(id: $id) { people { id } } }", { id });
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    api = testApi(db);
    articleId = (await ingest(api, { text: seedText() })).id;
  });
  afterAll(async () => db?.close());
  const run = it.skipIf(!!backend.skipReason);

  run("sets a statement's kind, keeps it through re-parsing, and undoes it", async () => {
    const quote = (await article()).quotes[0];
    const kind = quote.kind === "INDIRECT" ? "DIRECT" : "INDIRECT";
    await mutate(
      "mutation($q: ID!, $k: QuoteKind!) { setQuoteKind(quoteId: $q, kind: $k) { kind } }",
      {
        q: quote.id,
        k: kind,
      },
    );
    await reparse();
    const kept = (await article()).quotes.find((q: Json) => q.text === quote.text);
    expect(kept.kind).toBe(kind);
    const [correction] = kept.corrections;
    expect(correction).toMatchObject({ kind: "KIND", detail: `Kind: ${kind.toLowerCase()}` });
    expect(correction.createdBy).toMatch(/^token:[0-9a-f]{12}$/);
    expect(Date.parse(correction.createdAt)).toBeGreaterThan(Date.now() - 600_000);
    await undo(correction.id);
    const back = (await article()).quotes.find((q: Json) => q.text === quote.text);
    expect(back.kind).toBe(quote.kind);
    expect(back.corrections).toEqual([]);
  });

  run("edits a person's facts, keeps them through re-parsing, and undoes them", async () => {
    const person = (await article()).people[0];
    const edit = `mutation($p: ID!, $f: PersonFactsInput!) { editPerson(personId: $p, facts: $f) { role country category isOfficial } }`;
    const facts = { role: "Test role", country: "NZ", category: "EXPERT", isOfficial: false };
    expect((await mutate(edit, { p: person.id, f: facts })).editPerson).toEqual(facts);
    await reparse();
    const kept = (await article()).people.find((p: Json) => p.id === person.id);
    expect(kept).toMatchObject(facts);
    expect(kept.corrections.map((c: Json) => c.kind)).toEqual(Array(4).fill("PERSON_FACT"));
    for (const c of kept.corrections) await undo(c.id);
    const back = (await article()).people.find((p: Json) => p.id === person.id);
    expect(back).toMatchObject({
      role: person.role,
      country: person.country,
      category: person.category,
      isOfficial: person.isOfficial,
    });
  });

  run("undoes a merge (the person comes back) and a split (merged back)", async () => {
    const [a, b] = (await article()).people;
    const merged = await mutate(
      "mutation($t: ID!, $s: [ID!]!) { mergePeople(targetId: $t, sourceIds: $s) { id corrections { id kind detail } } }",
      { t: a.id, s: [b.id] },
    );
    const merge = merged.mergePeople.corrections.find((c: Json) => c.kind === "MERGE");
    expect(merge.detail).toBe(`Merged in: ${b.name}`);
    const undone = await undo(merge.id);
    expect(undone.undoCorrection.people.map((p: Json) => p.id)).toContain(a.id);
    const names = (await article()).people.map((p: Json) => p.name);
    expect(names).toEqual(expect.arrayContaining([a.name, b.name]));

    const split = await mutate(
      "mutation($p: ID!, $a: [ID!]!) { splitPerson(personId: $p, articleIds: $a) { original { corrections { id kind } } created { id } } }",
      { p: a.id, a: [articleId] },
    );
    const record = split.splitPerson.original.corrections.find((c: Json) => c.kind === "SPLIT");
    expect((await article()).people.map((p: Json) => p.id)).toContain(split.splitPerson.created.id);
    await undo(record.id);
    const ids = (await article()).people.map((p: Json) => p.id);
    expect(ids).toContain(a.id);
    expect(ids).not.toContain(split.splitPerson.created.id);
  });
});
