import type { IngestSummary } from "@whosaid/ingest";

const SHOWN_ERRORS = 50;

/** Prints the end-of-run summary: counts, rate, and every error with its file and reason. */
export function printSummary(s: IngestSummary, options: { json: boolean }): void {
  if (options.json) {
    console.log(JSON.stringify(s, null, 2));
    return;
  }
  const done = s.created + s.existing + s.errors.length;
  const rate = s.seconds > 0 ? done / s.seconds : 0;
  const lines = [
    "",
    `Ingested ${done} of ${s.total} inputs in ${s.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s):`,
    `  ${s.created} new articles (${s.people} people, ${s.quotes} quotes), ${s.existing} already present, ${s.errors.length} errors`,
  ];
  const retried = s.retried ? s.retried.rateLimited + s.retried.unavailable : 0;
  if (s.retried && retried)
    lines.push(
      `  ${retried} requests retried: ${s.retried.rateLimited} rate limited, ${s.retried.unavailable} after network or server errors.`,
    );
  if (s.totals) {
    const t = s.totals;
    lines.push(
      `  The database now holds ${t.articles} articles, ${t.people} people and ${t.quotes} quotes.`,
    );
  }
  if (s.errors.length) {
    lines.push("", "Errors:");
    for (const e of s.errors.slice(0, SHOWN_ERRORS)) lines.push(`  ${e.ref}: ${e.reason}`);
    if (s.errors.length > SHOWN_ERRORS)
      lines.push(`  … and ${s.errors.length - SHOWN_ERRORS} more (use --json for all)`);
  }
  if (s.fatal) {
    lines.push(
      "",
      `Stopped early: ${s.fatal}.`,
      "Nothing half-written was kept; run the same command again to finish.",
    );
  }
  console.log(lines.join("\n"));
}
