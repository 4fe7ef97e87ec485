/**
 * A benchmark archive: the bundled samples ingested for real (through @whosaid/ingest), then
 * copied in bulk (copyToSize of @whosaid/db/bench) until it holds N articles. Parsing 20,000
 * articles would take most of an hour here; copying ingested rows takes seconds and gives the
 * same shapes of data (shared people across articles, quotes, topics).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Database, repoRoot } from "@whosaid/db";
import { runIngest } from "@whosaid/ingest";

/** A sample article as the samples folder ships it. */
export interface SampleArticle {
  id: string;
  text: string;
  url?: string;
  publishedAt?: string;
}

/** The reference article and the Wikinews samples. */
export function loadSamples(): SampleArticle[] {
  const dir = join(repoRoot, "samples");
  const wikinews = readFileSync(join(dir, "wikinews.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SampleArticle);
  const reference = {
    id: "kherson",
    text: readFileSync(join(dir, "articles/nbc-ukraine-kherson.txt"), "utf8"),
  };
  return [reference, ...wikinews];
}

/** Ingests the samples through @whosaid/ingest (the parser pool); returns how many were stored. */
export async function ingestSamples(db: Database, samples: SampleArticle[]): Promise<number> {
  const items = samples.map((s) => ({
    ref: s.id,
    input: s.text,
    format: "text" as const,
    url: s.url ?? null,
    publishedAt: s.publishedAt ?? null,
  }));
  // A sample the parser refuses is simply not part of the archive.
  const summary = await runIngest(db, items, {
    total: items.length,
    concurrency: 1,
    batchSize: 50,
  });
  return summary.created;
}

/**
 * The sample with `line` added as a paragraph of its body (after the first long paragraph), so
 * that each copy is a distinct story: a line added after the footer would make a syndicated copy
 * of the same story, which the database stores once.
 */
export function distinctCopy(text: string, line: string): string {
  const blocks = text.split(/\n\s*\n/);
  const at = blocks.findIndex((b, i) => i > 0 && b.trim().length >= 120);
  blocks.splice(at > 0 ? at + 1 : blocks.length, 0, line);
  return blocks.join("\n\n");
}
