import { contentHash, type Database } from "@whosaid/db";
import { createParserPool, type TimeLimit } from "@whosaid/ingest";
import { type InputItem, type InputUnit, readInputs } from "./inputs.ts";
import { BatchWriter, type Pending } from "./writer.ts";

/** What happened to one input. */
export type IngestEvent =
  | {
      ref: string;
      status: "created";
      id: string;
      title: string | null;
      people: number;
      quotes: number;
    }
  | { ref: string; status: "existing"; id: string; title: string | null }
  | { ref: string; status: "error"; reason: string };

/** Totals of a run. */
export interface IngestSummary {
  total: number;
  created: number;
  existing: number;
  errors: { ref: string; reason: string }[];
  people: number;
  quotes: number;
  seconds: number;
  /** What the database holds after the run (not in --api mode). */
  totals?: { articles: number; people: number; quotes: number };
  /** Set when the database failed for good: the run stopped early, and a re-run completes it. */
  fatal: string | null;
  /** Requests sent again (--api mode): after RATE_LIMITED, and after passing failures. */
  retried?: { rateLimited: number; unavailable: number };
}

export interface RunOptions {
  /** Parser threads. */
  concurrency: number;
  /** How long one parse may run (default: the pool's). */
  timeLimit?: TimeLimit;
  batchSize: number;
  /** Retries of a batch whose transaction failed as a whole (default 3). */
  retries?: number;
  onEvent?: (event: IngestEvent, summary: IngestSummary) => void;
}

/** A summary with nothing counted yet, for `units`. */
export function newSummary(units: InputUnit[]): IngestSummary {
  return {
    total: units.reduce((n, u) => n + u.count, 0),
    created: 0,
    existing: 0,
    errors: [],
    people: 0,
    quotes: 0,
    seconds: 0,
    fatal: null,
  };
}

type Ready = Extract<InputItem, { input: string }>;

/** Reads, parses (on worker threads) and stores every article of `units`. */
export async function runIngest(
  db: Database,
  units: InputUnit[],
  options: RunOptions,
): Promise<IngestSummary> {
  const started = performance.now();
  const summary = newSummary(units);
  const emit = (event: IngestEvent) => {
    if (event.status === "created") {
      summary.created++;
      summary.people += event.people;
      summary.quotes += event.quotes;
    } else if (event.status === "existing") summary.existing++;
    else summary.errors.push({ ref: event.ref, reason: event.reason });
    options.onEvent?.(event, summary);
  };
  const pool = createParserPool({ threads: options.concurrency, timeLimit: options.timeLimit });
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
  // Enough parses queued to keep the workers busy while a batch commits (PGlite answers nothing else meanwhile).
  const maxParsing = Math.max(2, options.concurrency * 4, options.batchSize);

  const parseAndQueue = (item: Ready) => {
    const { input, format, url, source, publishedAt } = item;
    const job = pool.parse({ input, options: { format, url, source, publishedAt } });
    const done = job.then((reply) => {
      if (!reply.ok)
        emit({ ref: item.ref, status: "error", reason: `${reply.code}: ${reply.message}` });
      else {
        // The raw page is kept (and hashed) for HTML; for text, parsed.text is the input itself.
        const input = reply.parsed.format === "html" ? item.input : null;
        const meta = { url: item.url, source: item.source, publishedAt: item.publishedAt, input };
        writer.add({ ref: item.ref, parsed: reply.parsed, meta });
      }
    });
    parsing.add(done);
    done.finally(() => parsing.delete(done));
  };

  // Skips what is already stored before parsing it, so that a re-run or a resumed run is fast.
  const chunk: Ready[] = [];
  const drainChunk = async () => {
    const hashes = chunk.map((item) => contentHash(item.input));
    const { rows } = await db.query<{ id: string; title: string | null; content_hash: string }>(
      "SELECT id, title, content_hash FROM articles WHERE content_hash = ANY($1::text[])",
      [hashes],
    );
    const known = new Map(rows.map((r) => [r.content_hash, r]));
    for (const [i, item] of chunk.entries()) {
      const hit = known.get(hashes[i]);
      if (hit) emit({ ref: item.ref, status: "existing", id: hit.id, title: hit.title });
      else {
        parseAndQueue(item);
        while (parsing.size >= maxParsing) await Promise.race(parsing);
        if (writer.backlog > options.batchSize * 3) await writer.settle();
      }
      if (writer.fatal) break;
    }
    chunk.length = 0;
  };

  try {
    for await (const item of readInputs(units)) {
      if ("error" in item) emit({ ref: item.ref, status: "error", reason: item.error });
      else chunk.push(item);
      if (chunk.length >= 100) await drainChunk();
      if (writer.fatal) break;
    }
    if (!writer.fatal && chunk.length) await drainChunk();
    await Promise.all(parsing);
    await writer.close();
  } finally {
    await pool.close();
  }
  summary.fatal = writer.fatal?.message ?? null;
  if (!summary.fatal) {
    const { rows } = await db.query<{ articles: number; people: number; quotes: number }>(
      `SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM people) AS people,
         (SELECT count(*)::int FROM quotes) AS quotes`,
    );
    summary.totals = rows[0];
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
