/// <reference path="./autocannon.d.ts" />
/** Load-test helpers: autocannon runs against a GraphQL URL, and memory samples of a process. */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

/** Requests/s and latency of one run, and how many responses were failures. */
export interface LoadFigures {
  "req/s": number;
  "p50 ms": number;
  "p99 ms": number;
  requests: number;
  errors: number;
}

/** Posts one GraphQL query for `seconds` over `connections`; a response with "errors" counts as one. */
export async function hammer(
  url: string,
  query: string,
  seconds: number,
  connections = 10,
): Promise<LoadFigures> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  return {
    "req/s": result.requests.average,
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  };
}

/** Resident memory of a process in MB (Linux), or NaN where /proc is missing. */
export function rssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

/** The Ukrainian-officials question as the benchmark asks it. */
export const UKRAINIAN_OFFICIALS = `{ quotes(filter: {speakerCountry: ["UA"], official: true}, first: 20) {
  totalCount
  edges { node { id text kind statedAt speaker { name role country } article { title sourceName publishedAt url } } }
} }`;
