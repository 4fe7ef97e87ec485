/**
 * No article holds the API's thread: while one large article of a demanding shape is ingested
 * (parsed on a parser thread, then brought back and stored), the API keeps answering its health
 * checks. Before, a 1 MB page naming thousands of people held the thread for seconds (identity
 * matching scanned every candidate per person; the parse result was cloned in one piece).
 */
import { loadavg } from "node:os";
import type { Database } from "@whosaid/db";
import { testDatabases } from "@whosaid/db/testing";
import { generatedInputs } from "@whosaid/ingest/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boundMs, worstLatency } from "../../test/latency.ts";
import { gql, INGEST_TOKEN, testApi } from "../../test/testing.ts";

const backends = await testDatabases();

const INGEST = `mutation($input: ArticleInput!) {
  ingestArticle(input: $input) { created article { id } }
}`;

// The shapes with the most people and quotes per character (BENCHMARKS.md, "Parse time by input
// size and shape"): 1 MB of either is some 6,000–15,000 people and quotes.
const SHAPES = ["markup-heavy HTML", "quote-dense"];

describe.each(backends)("ingesting a large article on $name", (backend) => {
  let db: Database;
  beforeAll(async () => {
    if (!backend.skipReason) db = await backend.open();
  });
  afterAll(async () => db?.close());

  it.skipIf(backend.skipReason).each(SHAPES)(
    "answers /health/live within 100 ms while storing 1 MB of %s (more on a loaded machine)",
    async (shape) => {
      const job = generatedInputs[shape](1_000_000);
      const input = job.options.format === "html" ? { html: job.input } : { text: job.input };
      const api = testApi(db, {
        WHOSAID_PARSE_WORKERS: "1",
        WHOSAID_PARSE_TIME_BASE_MS: "600000",
        WHOSAID_MAX_BODY_BYTES: String(8 * 1024 * 1024),
      });
      // Warm the parser thread first: a thread's start-up is not the article's doing.
      await gql(api, INGEST, { input: { text: 'Warm up\n\nShe said "yes".' } }, INGEST_TOKEN);
      const loads = [loadavg()[0]];
      const run = gql(api, INGEST, { input }, INGEST_TOKEN);
      const live = await worstLatency(
        async () => (await api.fetch("http://whosaid.test/health/live")).text(),
        run,
        20,
      );
      const { body } = await run;
      loads.push(loadavg()[0]);
      expect(body.errors).toBeUndefined();
      expect(body.data.ingestArticle.created).toBe(true);
      const bound = boundMs(loads);
      console.log(
        `[${backend.name}] ${shape}, 1 MB: /health/live worst ${live.worst.toFixed(0)} ms over ${live.count} probes; load ${loads.map((l) => l.toFixed(1)).join("–")}, bound ${bound.toFixed(0)} ms`,
      );
      expect(live.worst).toBeLessThan(bound);
    },
    600_000,
  );
});
