/// <reference path="./autocannon.d.ts" />
/**
 * The mixed load of issue 8: 90% filtered quote queries and 10% ingests over many connections,
 * spread over several API processes. Each ingest carries a unique marker line (a fifth of them
 * repeat an earlier one, to test idempotency under concurrency), so that afterwards every
 * acknowledged article can be checked to be stored exactly once.
 */
import autocannon from "autocannon";
import { distinctCopy, type SampleArticle } from "./corpus.ts";

const FILTERS = [
  '{speakerCountry: ["UA"], official: true}',
  '{speakerCountry: ["US"], speakerCategory: [GOVERNMENT, MILITARY]}',
  '{kind: [DIRECT], search: "war"}',
  "{speakerCategory: [EXPERT]}",
  '{from: "2021-01-01", to: "2022-12-31"}',
  "{official: false, kind: [INDIRECT]}",
  '{search: "election OR vote"}',
];

const quoteQuery = (filter: string) =>
  JSON.stringify({
    query: `{ quotes(filter: ${filter}, first: 20) { totalCount edges { node { text kind speaker { name country } article { title publishedAt } } } } }`,
  });

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { created article { id } } }`;

/** What the load did, for the summary and the exactly-once check. */
export interface MixedOutcome {
  requests: number;
  queries: number;
  ingests: number;
  errors: number;
  "req/s": number;
  "p50 ms": number;
  "p99 ms": number;
  /** Every marker whose ingest was acknowledged. */
  markers: Set<string>;
}

/** Runs the mixed load against each URL at once (connections split evenly) for `seconds`. */
export async function mixedLoad(
  urls: string[],
  token: string,
  samples: SampleArticle[],
  seconds: number,
  connections = 50,
): Promise<MixedOutcome> {
  const markers = new Set<string>();
  let counter = 0;
  let queries = 0;
  let ingests = 0;
  let errors = 0;
  const runs = urls.map((url, u) =>
    autocannon({
      url,
      connections: Math.ceil(connections / urls.length),
      duration: seconds,
      timeout: 30,
      requests: [
        {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          setupRequest: (req, context) => {
            if (Math.random() >= 0.1) {
              context.marker = null;
              queries++;
              return {
                ...req,
                body: quoteQuery(FILTERS[Math.floor(Math.random() * FILTERS.length)]),
              };
            }
            ingests++;
            const known = [...markers];
            const repeat = known.length > 0 && Math.random() < 0.2;
            const marker = repeat
              ? known[Math.floor(Math.random() * known.length)]
              : `m${u}x${++counter}x${Date.now()}`;
            const sample = samples[Number(/x(\d+)x/.exec(marker)?.[1] ?? 0) % samples.length];
            context.marker = marker;
            const text = distinctCopy(sample.text, `Load marker ${marker}.`);
            return {
              ...req,
              body: JSON.stringify({ query: INGEST, variables: { input: { text } } }),
            };
          },
          onResponse: (status, body, context) => {
            if (status !== 200 || body.includes('"errors"')) {
              errors++;
              return;
            }
            if (typeof context.marker === "string") markers.add(context.marker);
          },
        },
      ],
    }),
  );
  const results = await Promise.all(runs);
  const total = results.reduce((n, r) => n + r.requests.total, 0);
  return {
    requests: total,
    queries,
    ingests,
    errors: errors + results.reduce((n, r) => n + r.errors + r.timeouts, 0),
    "req/s": results.reduce((n, r) => n + r.requests.average, 0),
    "p50 ms": Math.max(...results.map((r) => r.latency.p50)),
    "p99 ms": Math.max(...results.map((r) => r.latency.p99)),
    markers,
  };
}
