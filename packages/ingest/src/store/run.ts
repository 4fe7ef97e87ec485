import { type Database, findStoredByContent, storedTotals } from "@whosaid/db";
import { createParserPool, type ParserPool } from "../parse/pool.ts";
import type { TimeLimit } from "../parse/time-limit.ts";
import {
  articleMeta,
  type InputItem,
  inputHash,
  parseJobOf,
  type SourceArticle,
} from "../sources/item.ts";
import { countEvent, type IngestEvent, type IngestSummary, newSummary } from "./events.ts";
import { BatchWriter, type Pending } from "./writer.ts";

/** Settings of a {@link runIngest}. */
export interface RunOptions {
  /** How many articles the source holds (for the summary and progress). */
  total: number;
  /** Parser threads of the pool the run creates (ignored when `pool` is given). */
  concurrency: number;
  /** A parser pool to use instead of one of the run's own (left open). */
  pool?: ParserPool;
  /** How long one parse may run (default: the pool's). */
  timeLimit?: TimeLimit;
  /** Articles per transaction. */
  batchSize: number;
  /** Retries of a batch whose transaction failed as a whole (default 3). */
  retries?: number;
  /** Told of each article as it is stored, found stored, or refused, with the totals so far. */
  onEvent?: (event: IngestEvent, summary: IngestSummary) => void;
}

// Articles looked up by content hash at a time, before parsing.
const LOOKUP_CHUNK = 100;

/**
 * Ingests every article of `items`: skips what is already stored (by content hash, before
 * parsing, so a re-run or a resumed run is fast), parses the rest on the parser pool and stores
 * them in batched transactions, reporting each article as an event. A database that fails for
 * good stops the run with `fatal` set; what was stored stays stored.
 */
export async function runIngest(
  db: Database,
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  options: RunOptions,
): Promise<IngestSummary> {
  const started = performance.now();
  const summary = newSummary(options.total);
  const emit = (event: IngestEvent) => {
    countEvent(summary, event);
    options.onEvent?.(event, summary);
  };
  const pool =
    options.pool ??
    createParserPool({ threads: options.concurrency, timeLimit: options.timeLimit });
  const writer = new BatchWriter(
    db,
    options.batchSize,
    (item: Pending, r) =>
      emit(
        r instanceof Error
          ? { ref: item.ref, status: "error", reason: r.message }
          : { ref: item.ref, status: r.created ? "created" : "existing", ...r },
      ),
    options.retries,
  );
  const parsing = new Set<Promise<void>>();
  // Enough parses queued to keep the threads busy while a batch commits (PGlite answers nothing else meanwhile).
  const maxParsing = Math.max(2, pool.threads * 4, options.batchSize);

  const parseAndQueue = (article: SourceArticle) => {
    summary.parsed++;
    const done = pool.parse(parseJobOf(article)).then((reply) => {
      if (!reply.ok)
        emit({ ref: article.ref, status: "error", reason: `${reply.code}: ${reply.message}` });
      else
        writer.add({
          ref: article.ref,
          parsed: reply.parsed,
          meta: articleMeta(article, reply.parsed),
        });
    });
    parsing.add(done);
    done.finally(() => parsing.delete(done));
  };

  const chunk: SourceArticle[] = [];
  const drainChunk = async () => {
    const hashes = chunk.map(inputHash);
    const known = await findStoredByContent(db, hashes);
    for (const [i, article] of chunk.entries()) {
      const hit = known.get(hashes[i]);
      if (hit) emit({ ref: article.ref, status: "existing", ...hit });
      else {
        parseAndQueue(article);
        while (parsing.size >= maxParsing) await Promise.race(parsing);
        if (writer.backlog > options.batchSize * 3) await writer.settle();
      }
      if (writer.fatal) break;
    }
    chunk.length = 0;
  };

  try {
    for await (const item of items) {
      if ("error" in item) emit({ ref: item.ref, status: "error", reason: item.error });
      else chunk.push(item);
      if (chunk.length >= LOOKUP_CHUNK) await drainChunk();
      if (writer.fatal) break;
    }
    if (!writer.fatal && chunk.length) await drainChunk();
    await Promise.all(parsing);
    await writer.close();
  } finally {
    if (!options.pool) await pool.close();
  }
  summary.fatal = writer.fatal?.message ?? null;
  if (!summary.fatal) summary.totals = await storedTotals(db);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
