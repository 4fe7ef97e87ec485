/** What `whosaid ingest` reads: the discovered files, and web pages given by URL. */
import type { Database } from "@whosaid/db";
import {
  articleFromUrl,
  type IngestSummary,
  type InputItem,
  type InputUnit,
  type RunOptions,
  readInputs,
  runIngest,
} from "@whosaid/ingest";

/** The articles of a run, and how many there are (for the progress bar). */
export interface Sources {
  items: AsyncIterable<InputItem>;
  total: number;
}

/** True for an argument that names a web page rather than a path. */
export function isUrlArgument(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

async function* fetched(urls: string[]): AsyncGenerator<InputItem> {
  for (const url of urls) {
    try {
      // The CLI runs for the person at the keyboard: pages on their own network are theirs to read.
      yield await articleFromUrl(url, { allowPrivate: true });
    } catch (error) {
      yield { ref: url, error: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** The articles of the discovered files, then of the pages at `urls`, fetched one at a time. */
export function sourcesOf(units: InputUnit[], urls: string[] = []): Sources {
  async function* items() {
    yield* readInputs(units);
    yield* fetched(urls);
  }
  return { items: items(), total: units.reduce((n, u) => n + u.count, 0) + urls.length };
}

/** Ingests the articles of `sources` through @whosaid/ingest into `db`. */
export function ingestSources(
  db: Database,
  sources: Sources,
  options: Omit<RunOptions, "total">,
): Promise<IngestSummary> {
  return runIngest(db, sources.items, { ...options, total: sources.total });
}
