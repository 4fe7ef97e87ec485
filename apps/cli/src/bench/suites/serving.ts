/**
 * Serving a large archive on PostgreSQL, from one client: "Ukrainian officials" (first: 20, with
 * totalCount), a person's statements, a full-text search, each facet, page 1 vs page 500, and the
 * CSV export of every statement (rows/s and the API's memory while streaming). Flags:
 * `--serving-articles=N` (default 1,000,000), `--serving-db=URL` (build or reuse the archive in
 * that database and keep it; default a temporary database), `--serving-runs=N` (default 200).
 * `EXPLAIN (ANALYZE, BUFFERS)` of each query is written to bench-results/serving-explain.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startApiProcess } from "@whosaid/api/bench";
import { openDatabase, readDbEnv, repoRoot } from "@whosaid/db";
import { createTestDatabase } from "@whosaid/db/testing";
import type { BenchRow } from "../index.ts";
import { buildArchive, explainAll } from "../serving-archive.ts";
import { graphql, latency, streamExport } from "../serving-client.ts";
import {
  FACETS,
  facetQuery,
  OFFICIALS,
  QUOTES_PAGE,
  QUOTES_PAGE_NO_TOTAL,
  TOP_SPEAKER,
} from "../serving-queries.ts";

export const name = "serving";
export const description =
  "A large archive on PostgreSQL: query p99 from one client, deep pages, CSV export rows/s";

const flag = (args: string[], key: string) =>
  args.find((a) => a.startsWith(`--${key}=`))?.slice(key.length + 3);

type Page = { quotes: { totalCount?: number; pageInfo: { endCursor: string | null } } };

export async function run(args: string[]): Promise<BenchRow[]> {
  const articles = Number(flag(args, "serving-articles") ?? 1_000_000);
  const runs = Number(flag(args, "serving-runs") ?? 200);
  const kept = flag(args, "serving-db");
  const temp = kept ? null : await createTestDatabase(readDbEnv().testDatabaseUrl);
  const url = kept ?? (temp?.url as string);
  const rows: BenchRow[] = [];
  const row = (c: string, metrics: BenchRow["metrics"], notes?: string) =>
    rows.push({ suite: name, case: c, metrics, ...(notes ? { notes } : {}) });
  try {
    const db = await openDatabase({ url });
    try {
      const built = await buildArchive(db, articles);
      row(`archive`, built);
      const out = join(repoRoot, "bench-results");
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, "serving-explain.md"), await explainAll(db));
    } finally {
      await db.close();
    }
    const api = await startApiProcess({ DATABASE_URL: url, WHOSAID_DATA_DIR: "" });
    try {
      const q = (query: string, variables?: Record<string, unknown>) =>
        graphql<Page>(api.url, query, variables);
      row(
        "Ukrainian officials, first: 20, totalCount",
        await latency(() => q(QUOTES_PAGE, { filter: OFFICIALS }), runs),
      );
      const top = await graphql<{ people: { edges: { node: { id: string; name: string } }[] } }>(
        api.url,
        TOP_SPEAKER,
      );
      const speaker = top.people.edges[0].node;
      row(
        "a person's statements, first: 20, totalCount",
        await latency(() => q(QUOTES_PAGE, { filter: { speakerId: [speaker.id] } }), runs),
        speaker.name,
      );
      for (const search of ["ceasefire", "president"]) {
        const f = { search };
        const n = (await q(QUOTES_PAGE, { filter: f })).quotes.totalCount;
        row(`full-text search "${search}", first: 20, totalCount`, {
          ...(await latency(() => q(QUOTES_PAGE, { filter: f }), runs)),
          matches: n ?? 0,
        });
      }
      // Speaker-only filters are answered from the statement counters (migration 100).
      for (const facet of FACETS) {
        row(
          `facet ${facet}, Ukrainian officials`,
          await latency(() => q(facetQuery(facet), { filter: OFFICIALS }), runs),
        );
        row(
          `facet ${facet}, all quotes`,
          await latency(() => q(facetQuery(facet), { filter: {} }), runs),
        );
      }
      // Walk to page 500 (all quotes, newest first), then time page 1 and page 500 alike.
      let cursor: string | null = null;
      for (let page = 1; page < 500; page++)
        cursor = (await q(QUOTES_PAGE_NO_TOTAL, { after: cursor })).quotes.pageInfo.endCursor;
      const first = await latency(() => q(QUOTES_PAGE_NO_TOTAL, {}), runs);
      const deep = await latency(() => q(QUOTES_PAGE_NO_TOTAL, { after: cursor }), runs);
      row("page 1, all quotes, first: 20", first);
      row("page 500, all quotes, first: 20", {
        ...deep,
        "p50 vs page 1": Number((deep["p50 ms"] / first["p50 ms"]).toFixed(2)),
      });
      const exportUrl = api.url.replace(/\/graphql$/, "/export/quotes.csv");
      row(
        "CSV export, every quote",
        await streamExport(exportUrl, api.child.pid),
        "RSS of the API process",
      );
    } finally {
      await api.stop();
    }
  } finally {
    await temp?.drop();
  }
  return rows;
}
