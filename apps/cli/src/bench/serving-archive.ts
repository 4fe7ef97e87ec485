/** The serving benchmark's archive: built by copying ingested samples, and its query plans. */
import { ingestSamples, loadSamples } from "@whosaid/api/bench";
import type { Database } from "@whosaid/db";
import {
  copyToSize,
  dropCopySources,
  isSuperuser,
  mostQuotedPersonId,
  rowCount,
  snapshotCopySources,
  vacuumAnalyze,
  withoutSecondaryIndexes,
} from "@whosaid/db/bench";
import * as read from "@whosaid/db/read";
import { FACETS, OFFICIALS } from "./serving-queries.ts";

/**
 * Fills the database up to `articles` (samples parsed for real, then copied in bulk by two
 * writers side by side, indexes built once at the end); an archive already that large is reused.
 */
export async function buildArchive(db: Database, articles: number) {
  const start = performance.now();
  let stored = await rowCount(db, "articles");
  if (stored === 0) stored = await ingestSamples(db, loadSamples());
  if (stored < articles) {
    const bulk = await isSuperuser(db);
    const half = Math.ceil((articles - stored) / 2);
    const progress = (n: number) => process.stdout.write(`\r  copied up to ${n} articles  `);
    await snapshotCopySources(db);
    await withoutSecondaryIndexes(db, () =>
      Promise.all([
        copyToSize(db, stored + half, 10_000, progress, { bulk, seed: 0, fromSnapshot: true }),
        // Each copier counts from the same start and adds only its own copies: half each.
        copyToSize(db, articles - half, 10_000, progress, { bulk, seed: 7777, fromSnapshot: true }),
      ]),
    );
    await dropCopySources(db);
    // The bulk copy bypassed the counters' triggers along with the foreign-key checks.
    await read.rebuildQuoteCounts(db);
    await vacuumAnalyze(db);
  }
  return {
    articles: await rowCount(db, "articles"),
    quotes: await rowCount(db, "quotes"),
    "build s": Math.round((performance.now() - start) / 1000),
  };
}

/** `EXPLAIN (ANALYZE, BUFFERS)` of every query the benchmark times, as Markdown. */
export async function explainAll(db: Database): Promise<string> {
  const { db: x, plans } = read.explaining(db);
  const sections: { title: string; from: number }[] = [];
  const section = async (title: string, fn: () => Promise<unknown>) => {
    sections.push({ title, from: plans.length });
    await fn();
  };
  const speaker = await mostQuotedPersonId(db);
  await section("Ukrainian officials: page, totalCount", async () => {
    await read.listQuotes(x, OFFICIALS, { limit: 21 });
    await read.countQuotesEstimated(x, OFFICIALS);
  });
  await section("a person's statements: page, totalCount", async () => {
    const f = { speakerId: speaker ? [speaker] : [] };
    await read.listQuotes(x, f, { limit: 21 });
    await read.countQuotesEstimated(x, f);
  });
  for (const search of ["ceasefire", "president"])
    await section(`full-text search "${search}": page, totalCount`, async () => {
      await read.listQuotes(x, { search }, { limit: 21 });
      await read.countQuotesEstimated(x, { search });
    });
  for (const facet of FACETS) {
    await section(`facet ${facet}, all quotes and Ukrainian officials`, async () => {
      await read.facetCounts(x, facet as read.FacetName, {}, 20);
      await read.facetCounts(x, facet as read.FacetName, OFFICIALS, 20);
    });
  }
  const deep = await read.listQuotes(db, {}, { limit: 9_980 });
  await section("page 500 (after the 9,980th quote), all quotes", async () => {
    await read.listQuotes(x, {}, { after: deep[deep.length - 1].sortKey, limit: 21 });
  });
  await section(
    "CSV export: one batch of 1,000 lines (a serial plan, as exportCsvLines reads)",
    async () => {
      const batches = read.exportCsvLines(x, {});
      await batches.next();
      await batches.return(undefined);
    },
  );
  const out = ["# EXPLAIN (ANALYZE, BUFFERS) of the serving benchmark's queries", ""];
  sections.forEach((s, i) => {
    out.push(`## ${s.title}`, "");
    for (const p of plans.slice(s.from, sections[i + 1]?.from ?? plans.length))
      out.push("```sql", p.sql, "```", "", "```", p.plan, "```", "");
  });
  return out.join("\n");
}
