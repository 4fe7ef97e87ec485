/**
 * Runs the campaign against an API, in-process (`yoga.fetch`) or over HTTP: N generated cases,
 * a few at a time, each judged; counts by kind and code, and every finding with its request.
 */
import fc from "fast-check";
import { judge, type Verdict } from "./check.ts";
import type { KnownIds } from "./queries.ts";
import { type FuzzRequest, fuzzRequest } from "./requests.ts";

/** Sends one request to the API under test. */
export type Send = (request: FuzzRequest) => Promise<Response>;

/** Sends a case and judges its answer. */
export async function sendAndJudge(send: Send, request: FuzzRequest): Promise<Verdict> {
  const res = await send(request);
  return judge(request, res.status, res.headers.get("content-type") ?? "", () => res.text());
}

/** Real ids of the database (for cases that hit existing rows), read through the API. */
export async function knownIds(send: Send): Promise<KnownIds> {
  const query = `{ quotes(first: 50) { edges { node { id speaker { id } article { id } } } } }`;
  const res = await send({
    kind: "read",
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as {
    data: {
      quotes: {
        edges: { node: { id: string; speaker: { id: string } | null; article: { id: string } } }[];
      };
    };
  };
  const nodes = body.data.quotes.edges.map((e) => e.node);
  const unique = (values: (string | undefined)[]) => [
    ...new Set(values.filter((v): v is string => !!v)),
  ];
  return {
    quotes: unique(nodes.map((n) => n.id)),
    people: unique(nodes.map((n) => n.speaker?.id)),
    articles: unique(nodes.map((n) => n.article.id)),
  };
}

/** What a campaign found. */
export interface CampaignFigures {
  cases: number;
  seconds: number;
  byKind: Record<string, number>;
  /** Milliseconds spent waiting for answers, summed by kind (where the campaign's time goes). */
  msByKind: Record<string, number>;
  byCode: Record<string, number>;
  findings: { problem: string; request: string }[];
  /** The slowest answers (ms, request), slowest first: what holds the server when others wait. */
  slowest: { ms: number; request: string }[];
}

export interface CampaignOptions {
  send: Send;
  cases: number;
  seed: number;
  concurrency: number;
  ids: KnownIds;
  samples: string[];
  /** The ingest token first, then tokens of other scopes. */
  tokens: string[];
  onProgress?: (done: number) => void;
}

/** An error with its cause (fetch's "fetch failed" says why only in `cause`). */
function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause ? `${String(error)} (${cause.code ?? cause.message})` : String(error);
}

/** Runs the campaign; never throws for a finding (they are counted and kept, the first 50 in full). */
export async function runCampaign(options: CampaignOptions): Promise<CampaignFigures> {
  const arbitrary = fuzzRequest(options.ids, options.samples, options.tokens);
  const figures: CampaignFigures = {
    cases: 0,
    seconds: 0,
    byKind: {},
    msByKind: {},
    byCode: {},
    findings: [],
    slowest: [],
  };
  const started = performance.now();
  // Small chunks: generating a case takes milliseconds (long strings, spliced samples), and a
  // client thread held for seconds while its sockets idle outlives the server's keep-alive
  // timeout (5 s): its next requests then meet closed sockets ("fetch failed", ECONNRESET).
  const CHUNK = 50;
  for (let offset = 0; offset < options.cases; offset += CHUNK) {
    const batch = fc.sample(arbitrary, {
      numRuns: Math.min(CHUNK, options.cases - offset),
      seed: options.seed + offset,
    });
    let next = 0;
    const worker = async () => {
      while (next < batch.length) {
        const request = batch[next++];
        let verdict: Verdict;
        const sent = performance.now();
        try {
          verdict = await sendAndJudge(options.send, request);
        } catch (error) {
          const after = Math.round(performance.now() - sent);
          verdict = {
            codes: [],
            problem: `request failed after ${after} ms: ${describe(error).slice(0, 200)}`,
          };
        }
        const ms = performance.now() - sent;
        figures.msByKind[request.kind] = (figures.msByKind[request.kind] ?? 0) + ms;
        keepSlowest(figures.slowest, ms, request);
        figures.cases++;
        figures.byKind[request.kind] = (figures.byKind[request.kind] ?? 0) + 1;
        for (const code of verdict.codes) figures.byCode[code] = (figures.byCode[code] ?? 0) + 1;
        if (verdict.problem && figures.findings.length < 50) {
          figures.findings.push({
            problem: verdict.problem,
            request: JSON.stringify(request).slice(0, 600),
          });
        } else if (verdict.problem)
          figures.findings.push({ problem: verdict.problem, request: "" });
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    options.onProgress?.(figures.cases);
  }
  figures.seconds = (performance.now() - started) / 1000;
  return figures;
}

/** Keeps the 20 slowest answers of the campaign in `list`, slowest first. */
function keepSlowest(list: CampaignFigures["slowest"], ms: number, request: FuzzRequest): void {
  if (list.length >= 20 && ms <= list[list.length - 1].ms) return;
  list.push({ ms: Math.round(ms), request: JSON.stringify(request).slice(0, 600) });
  list.sort((a, b) => b.ms - a.ms);
  if (list.length > 20) list.pop();
}
