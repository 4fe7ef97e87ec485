/**
 * WHOSAID_PRELOAD: files and folders the API ingests in the background once it listens, on the
 * API's parser pool and through the batch writer (the CLI's `whosaid ingest` path, not one mutation
 * per article). `pnpm start` preloads the bundled samples this way, so that the API answers at once
 * on a fresh clone (with the samples arriving) instead of after they are all stored; on the
 * embedded database no second process could have stored them meanwhile. Already stored articles
 * are skipped by content hash, so a restart adds nothing.
 */
import type { Database } from "@whosaid/db";
import {
  discover,
  type IngestSummary,
  type ParserPool,
  readInputs,
  runIngest,
} from "@whosaid/ingest";

/** How often a progress line is written, in articles. */
const EVERY = 50;

/**
 * Ingests every article under `paths` into `db` on `parser`, writing progress lines with `log`;
 * never rejects (a failure is logged). Resolves with the run's summary, or null when it failed.
 */
export async function preload(
  db: Database,
  parser: ParserPool,
  paths: string[],
  log: (line: string) => void = (line) => console.log(line),
): Promise<IngestSummary | null> {
  try {
    const units = discover(paths);
    const total = units.reduce((n, u) => n + u.count, 0);
    log(`preloading ${total} articles in the background (already stored ones are skipped)…`);
    const summary = await runIngest(db, readInputs(units), {
      total,
      concurrency: parser.threads,
      pool: parser,
      batchSize: EVERY,
      onEvent: (_event, s) => {
        const seen = s.created + s.existing + s.errors.length;
        if (seen % EVERY === 0 && seen < total) log(`preloaded ${seen} of ${total} articles…`);
      },
    });
    const seconds = summary.seconds.toFixed(1);
    log(
      `preload done in ${seconds} s: ${summary.created} new, ${summary.existing} already stored, ${summary.errors.length} refused${summary.fatal ? `; stopped: ${summary.fatal}` : ""}`,
    );
    return summary;
  } catch (error) {
    log(`preload failed: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
