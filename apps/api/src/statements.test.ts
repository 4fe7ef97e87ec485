/**
 * Statements as units through the API, on the reference article and the bundled Wikinews samples
 * about Ukraine: the Ukrainian-officials view returns each statement once with its pieces, counts
 * statements, and a correction of one piece moves the whole statement.
 */
import { readFileSync } from "node:fs";
import type { Database } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDIT_TOKEN, gql, ingest, type Json, seedText, testApi } from "../test/testing.ts";
import type { Api } from "./yoga.ts";

const samples = readFileSync(new URL("../../../samples/wikinews.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => /Ukrain|Zelensk/i.test(line))
  .map((line) => JSON.parse(line) as { url: string; publishedAt: string; text: string });

const VIEW = `{
  statements(filter: {speakerCountry: ["UA"], official: true}, first: 100) {
    totalCount
    edges { node { id text kind speaker { name } article { id }
      pieces { id text kind start end speaker { name } statement { id } } } }
  }
  quotes(filter: {speakerCountry: ["UA"], official: true}, first: 1) { totalCount }
  facets(filter: {speakerCountry: ["UA"], official: true}) { total }
}`;

describe.each(await testDatabases())("statements through the API on $name", (backend) => {
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
    for (const s of samples)
      await ingest(api, { text: s.text, url: s.url, publishedAt: s.publishedAt });
  }, 240_000);
  afterAll(async () => db?.close());

  it.skipIf(backend.skipReason)(
    "shows each Ukrainian official's statement once, with its pieces",
    async () => {
      const { body } = await gql(api, VIEW);
      expect(body.errors).toBeUndefined();
      const { statements, quotes, facets } = body.data;
      const nodes: Json[] = statements.edges.map((e: Json) => e.node);
      expect(samples.length).toBeGreaterThan(0);
      expect(statements.totalCount).toBe(nodes.length);
      expect(facets.total).toBe(statements.totalCount);
      expect(quotes.totalCount).toBeGreaterThan(statements.totalCount);
      for (const s of nodes) {
        expect(new Set(s.pieces.map((p: Json) => p.speaker?.name))).toEqual(
          new Set([s.speaker.name]),
        );
        for (const p of s.pieces) expect(p.statement.id).toBe(s.id);
      }
      // No two statements share words: the pieces of one are never listed as statements of their own.
      for (const a of nodes) {
        for (const b of nodes) {
          if (a === b || a.article.id !== b.article.id) continue;
          for (const p of a.pieces) {
            for (const q of b.pieces) expect(p.start < q.end && q.start < p.end).toBe(false);
          }
        }
      }
      const nested = nodes.filter((s) => s.pieces.some((p: Json) => p.text === "now is the time"));
      expect(nested).toHaveLength(1);
      expect(nested[0].pieces.length).toBeGreaterThanOrEqual(3);
      expect(nested[0].text).toContain("now is the time");
    },
  );

  it.skipIf(backend.skipReason)(
    "applies a speaker correction of one piece to its whole statement",
    async () => {
      const { body } = await gql(api, VIEW);
      const statement = body.data.statements.edges
        .map((e: Json) => e.node)
        .find((s: Json) => s.pieces.length > 1);
      const piece = statement.pieces.find((p: Json) => p.kind === "PARTIAL") ?? statement.pieces[0];
      const fix = await gql(
        api,
        `mutation($id: ID!) { reassignQuoteSpeaker(quoteId: $id, speakerLabel: "an unnamed aide") { id } }`,
        { id: piece.id },
        EDIT_TOKEN,
      );
      expect(fix.body.errors).toBeUndefined();
      const after = await gql(
        api,
        `query($id: ID!) { node(id: $id) { ... on Statement {
      pieces { speakerLabel speaker { name } speakerCorrected } } } }`,
        { id: statement.id },
      );
      for (const p of after.body.data.node.pieces) {
        expect(p).toEqual({
          speakerLabel: "an unnamed aide",
          speaker: null,
          speakerCorrected: true,
        });
      }
    },
  );
});
