import { articlesToReparse, type Database, storedInput, storeReparse } from "@whosaid/db";
import type { ParseFailureCode } from "./parse/outcome.ts";
import type { ParserPool } from "./parse/pool.ts";

/** What became of one re-parse. */
export type ReparseResult =
  | { status: "reparsed" }
  | { status: "missing" }
  | { status: "refused"; code: ParseFailureCode; message: string };

/**
 * Parses a stored article again on the parser pool (after a parser upgrade), then replaces what
 * was derived from it in one short write transaction: the database is never held while the parser
 * works, and the process's own thread stays free. Corrections are applied again (see storeReparse).
 */
export async function reparseArticle(
  db: Database,
  pool: ParserPool,
  id: string,
  options: { signal?: AbortSignal } = {},
): Promise<ReparseResult> {
  const stored = await storedInput(db, id);
  if (!stored) return { status: "missing" };
  const outcome = await pool.parse(stored, options);
  if (!outcome.ok) return { status: "refused", code: outcome.code, message: outcome.message };
  if (options.signal?.aborted)
    return { status: "refused", code: "PARSE_ABORTED", message: "cancelled" };
  return (await storeReparse(db, id, outcome.parsed))
    ? { status: "reparsed" }
    : { status: "missing" };
}

/** Totals of a {@link reparseAll}: how many were re-parsed, and why the others were not. */
export interface ReparseSummary {
  reparsed: number;
  failed: { id: string; reason: string }[];
}

/**
 * Re-parses every article (or, with `staleOnly`, those parsed by another parser version): as many
 * parses at a time as the pool has threads, each stored in a transaction of its own as it ends.
 * Aborting `signal` stops the run; what was stored stays stored.
 */
export async function reparseAll(
  db: Database,
  pool: ParserPool,
  options: { staleOnly?: boolean; signal?: AbortSignal } = {},
): Promise<ReparseSummary> {
  const ids = await articlesToReparse(db, options);
  const summary: ReparseSummary = { reparsed: 0, failed: [] };
  let next = 0;
  const lane = async () => {
    while (next < ids.length && !options.signal?.aborted) {
      const id = ids[next++];
      try {
        const result = await reparseArticle(db, pool, id, options);
        if (result.status === "reparsed") summary.reparsed++;
        else if (result.status === "refused")
          summary.failed.push({ id, reason: `${result.code}: ${result.message}` });
      } catch (error) {
        summary.failed.push({ id, reason: error instanceof Error ? error.message : String(error) });
      }
    }
  };
  // One lane more than threads, so a thread never waits while its next article is read or stored.
  await Promise.all(Array.from({ length: pool.threads + 1 }, lane));
  summary.failed.sort((a, b) => a.id.localeCompare(b.id));
  return summary;
}
