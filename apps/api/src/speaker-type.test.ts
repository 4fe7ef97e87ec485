import type { Database } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, ingest, type Json, testApi } from "../test/testing.ts";
import type { Api } from "./yoga.ts";

const backends = await testDatabases();

// A short article in which an association speaks as one, beside a nurse speaking for herself.
const TEXT = `Hospital wait times grow in Ontario

Wait times for surgery in Ontario will grow by several weeks this winter, hospitals warned.

Maria Lopez, a nurse at a hospital in Hamilton, said the delay had cost her patients dearly.

The Ontario Nurses' Association said its members would strike on Friday.
`;

const STATEMENTS = `query($filter: QuoteFilter) {
  statements(filter: $filter, first: 50) {
    totalCount
    edges { node { text speakerType speakerLabel speaker { name }
      head { speakerType speakerMentionKind } } }
  }
  quotes(filter: $filter, first: 50) { totalCount edges { node { speakerType } } }
  facets(filter: $filter) { total speakerType { value count } }
}`;

describe.each(backends)("speaker types in the API on $name", (backend) => {
  let db: Database;
  let api: Api;
  const run = it.skipIf(!!backend.skipReason);
  const statements = async (filter: Json) => {
    const { body } = await gql(api, STATEMENTS, { filter });
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  beforeAll(async () => {
    if (backend.skipReason) return;
    db = await backend.open();
    api = testApi(db);
    await ingest(api, { text: TEXT, publishedAt: "2026-11-02" });
  });
  afterAll(async () => db?.close());

  run("shows an organization speaking as one and finds it by speaker type", async () => {
    const data = await statements({ speakerType: ["ORGANIZATION"] });
    const union = data.statements.edges.map((e: Json) => e.node);
    expect(union).toEqual([
      {
        text: "its members would strike on Friday",
        speakerType: "ORGANIZATION",
        speakerLabel: "Ontario Nurses' Association",
        speaker: null,
        head: { speakerType: "ORGANIZATION", speakerMentionKind: "NAME" },
      },
    ]);
    expect(data.statements.totalCount).toBe(1);
    expect(data.quotes.totalCount).toBe(1);
    expect(data.facets).toEqual({ total: 1, speakerType: [{ value: "ORGANIZATION", count: 1 }] });
  });

  run("keeps people and organizations apart, and counts agree with the facet", async () => {
    const people = await statements({ speakerType: ["PERSON"] });
    expect(people.statements.edges.map((e: Json) => e.node.speaker?.name)).toEqual(["Maria Lopez"]);
    const all = await statements({});
    const byType = Object.fromEntries(all.facets.speakerType.map((c: Json) => [c.value, c.count]));
    expect(byType).toMatchObject({ PERSON: 1, ORGANIZATION: 1 });
    const both = await statements({ speakerType: ["PERSON", "ORGANIZATION", "GROUP"] });
    const typed = all.facets.speakerType.reduce((n: number, c: Json) => n + c.count, 0);
    expect(both.statements.totalCount).toBe(typed);
    expect(both.quotes.edges.every((e: Json) => e.node.speakerType !== null)).toBe(true);
  });

  run("exports the statements of organizations only", async () => {
    const res = await api.fetch("http://whosaid.test/export/quotes.jsonl?speakerType=organization");
    expect(res.status).toBe(200);
    const rows = (await res.text())
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.quote)).toEqual(["its members would strike on Friday"]);
  });

  run("refuses a speaker type that does not exist", async () => {
    const { body } = await gql(api, STATEMENTS, { filter: { speakerType: ["MINISTRY"] } });
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.data ?? null).toBeNull();
  });
});
