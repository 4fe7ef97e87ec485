import type { Database } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EDIT_TOKEN,
  gql,
  INGEST_TOKEN,
  ingest,
  type Json,
  READ_TOKEN,
  seedText,
  testApi,
} from "../test/testing.ts";
import type { Api } from "./yoga.ts";

const backends = await testDatabases();

const QUOTES = `query($id: ID!) { article(id: $id) { quotes { id text speaker { id name } speakerLabel speakerCorrected statement { id } } } }`;

describe.each(backends)("corrections on $name", (backend) => {
  let db: Database;
  let api: Api;
  let articleId: string;
  const quotes = async (): Promise<Json[]> =>
    (await gql(api, QUOTES, { id: articleId })).body.data.article.quotes;
  const mutate = async (query: string, variables: Json, token = EDIT_TOKEN) =>
    (await gql(api, query, variables, token)).body;
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    api = testApi(db);
    articleId = (await ingest(api, { text: seedText() })).id;
  });
  afterAll(async () => db?.close());
  const run = it.skipIf(!!backend.skipReason);

  run("reassigns a speaker and removes a non-quote, and both survive re-parsing", async () => {
    const before = await quotes();
    expect(before.length).toBeGreaterThanOrEqual(2);
    // Two quotes of different statements: a correction of one piece applies to its statement.
    const [first] = before;
    const second = before.find((q) => q.statement.id !== first.statement.id) as Json;
    const reassign = `mutation($q: ID!, $label: String) { reassignQuoteSpeaker(quoteId: $q, speakerLabel: $label) { speakerLabel speakerCorrected } }`;
    const denied = await mutate(reassign, { q: first.id, label: "a spokesperson" }, READ_TOKEN);
    expect(denied.errors[0].extensions.code).toBe("FORBIDDEN");
    const ok = await mutate(reassign, { q: first.id, label: "a spokesperson" });
    expect(ok.data.reassignQuoteSpeaker).toEqual({
      speakerLabel: "a spokesperson",
      speakerCorrected: true,
    });
    const removed = await mutate(
      `mutation($q: ID!) { markNotQuote(quoteId: $q) { removedQuoteId } }`,
      { q: second.id },
    );
    expect(removed.data.markNotQuote.removedQuoteId).toBe(second.id);
    // "Not a quote" removes the statement: every piece of it.
    const pieces = before.filter((q) => q.statement.id === second.statement.id).length;
    expect(await quotes()).toHaveLength(before.length - pieces);
    const reparse = await mutate(
      `mutation($id: ID!) { reparseArticle(id: $id) { id } }`,
      { id: articleId },
      INGEST_TOKEN,
    );
    expect(reparse.errors).toBeUndefined();
    const after = await quotes();
    expect(after).toHaveLength(before.length - pieces);
    expect(after.find((q) => q.text === second.text)).toBeUndefined();
    expect(after.find((q) => q.text === first.text)).toMatchObject({
      speakerLabel: "a spokesperson",
      speakerCorrected: true,
    });
  });

  run("merges and splits people; scopes keep read-only and edit tokens in their lane", async () => {
    const people = (
      await gql(api, "{ people(first: 100) { edges { node { id name articleCount } } } }")
    ).body.data.people.edges;
    expect(people.length).toBeGreaterThanOrEqual(2);
    const [a, b] = people.map((e: Json) => e.node);
    const merge = `mutation($t: ID!, $s: [ID!]!) { mergePeople(targetId: $t, sourceIds: $s) { id name aliases } }`;
    expect(
      (await mutate(merge, { t: a.id, s: [b.id] }, READ_TOKEN)).errors[0].extensions.code,
    ).toBe("FORBIDDEN");
    const merged = await mutate(merge, { t: a.id, s: [b.id] });
    expect(merged.data.mergePeople.id).toBe(a.id);
    expect(merged.data.mergePeople.aliases).toContain(b.name);
    const gone = await gql(api, `query($id: ID!) { person(id: $id) { id } }`, { id: b.id });
    expect(gone.body.data.person.id).toBe(a.id); // the merged-away id follows the merge
    const split = await mutate(
      `mutation($p: ID!, $a: [ID!]!) { splitPerson(personId: $p, articleIds: $a, name: "Someone Else") { original { id } created { id name } } }`,
      { p: a.id, a: [articleId] },
    );
    expect(split.data.splitPerson.created.name).toBe("Someone Else");
    const ingestWithEdit = await mutate(
      `mutation { ingestArticle(input: {text: "Title\\n\\nBody text here."}) { created } }`,
      {},
    );
    expect(ingestWithEdit.errors[0].extensions.code).toBe("FORBIDDEN");
  });

  run("deletes an article only with the ingest scope", async () => {
    const del = `mutation($id: ID!) { deleteArticle(id: $id) { deletedId } }`;
    expect((await mutate(del, { id: articleId }, READ_TOKEN)).errors[0].extensions.code).toBe(
      "FORBIDDEN",
    );
    expect((await mutate(del, { id: articleId }, "")).errors[0].extensions.code).toBe(
      "UNAUTHENTICATED",
    );
    expect((await mutate(del, { id: articleId }, INGEST_TOKEN)).data.deleteArticle.deletedId).toBe(
      articleId,
    );
    expect((await gql(api, QUOTES, { id: articleId })).body.data.article).toBeNull();
    expect((await mutate(del, { id: articleId }, INGEST_TOKEN)).errors[0].extensions.code).toBe(
      "NOT_FOUND",
    );
  });
});
