/**
 * The property-based campaign in the test suite (issue 13): a few hundred generated requests per
 * backend through `yoga.fetch`. The process never sees an uncaught error, every error answer
 * carries a known code (never INTERNAL_SERVER_ERROR), and no article is stored in part.
 * `pnpm bench api-fuzz` runs the same campaign at 100,000 cases against a real API process.
 */
import type { Database } from "@whosaid/db";
import { incompleteArticles } from "@whosaid/db/read";
import { testDatabases } from "@whosaid/db/testing";
import fc from "fast-check";
import { parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INGEST_TOKEN, ingest, READ_TOKEN, seedText, testApi } from "../../test/testing.ts";
import { loadSamples } from "../bench/corpus.ts";
import { schema } from "../schema/index.ts";
import type { Api } from "../yoga.ts";
import { knownIds, type Send, sendAndJudge } from "./campaign.ts";
import { READ_QUERIES } from "./queries.ts";
import { fuzzRequest } from "./requests.ts";

const backends = await testDatabases();
const CASES = Number(process.env.WHOSAID_FUZZ_CASES ?? 200);
const samples = loadSamples()
  .slice(0, 12)
  .map((s) => s.text);

describe("the campaign's read queries", () => {
  it("are valid against the schema (so that their refusals come from the inputs)", () => {
    for (const query of READ_QUERIES) expect(validate(schema, parse(query))).toEqual([]);
  });
});

describe.each(backends)("fuzz campaign on $name", (backend) => {
  let db: Database;
  let api: Api;
  let send: Send;
  const escaped: unknown[] = [];
  const onEscape = (error: unknown) => escaped.push(error);
  beforeAll(async () => {
    if (backend.skipReason) return;
    process.on("uncaughtException", onEscape);
    process.on("unhandledRejection", onEscape);
    db = await backend.open();
    api = testApi(db);
    await ingest(api, { text: seedText() });
    for (const text of samples.slice(1, 4)) await ingest(api, { text });
    send = async (r) =>
      api.fetch(`http://whosaid.test${r.path}`, {
        method: r.method,
        headers: { ...r.headers },
        body: r.body,
      });
  }, 120_000);
  afterAll(async () => {
    process.off("uncaughtException", onEscape);
    process.off("unhandledRejection", onEscape);
    await db?.close();
  });
  const run = it.skipIf(!!backend.skipReason);

  run(
    `answers ${CASES} generated requests with coded errors only, the process intact`,
    async () => {
      const ids = await knownIds(send);
      const arbitrary = fuzzRequest(ids, samples, [INGEST_TOKEN, READ_TOKEN]);
      await fc.assert(
        fc.asyncProperty(arbitrary, async (request) => {
          const verdict = await sendAndJudge(send, request);
          expect(verdict.problem).toBeNull();
        }),
        { numRuns: CASES, seed: 13, endOnFailure: true },
      );
      expect(escaped).toEqual([]);
      expect(await incompleteArticles(db)).toEqual([]);
      // The API still answers after all of it.
      const res = await send({
        kind: "read",
        method: "POST",
        path: "/graphql",
        headers: { "content-type": "application/json" },
        body: '{"query":"{ quotes { totalCount } }"}',
      });
      expect(res.status).toBe(200);
    },
    600_000,
  );
});
