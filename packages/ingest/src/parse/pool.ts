import { availableParallelism } from "node:os";
import { execArgvWithoutTsx } from "@whosaid/db";
import { Piscina } from "piscina";
import { parserWorkerEntry } from "./bundle.ts";
import { type ParseJob, type ParseOutcome, refusal } from "./outcome.ts";
import { unpackOutcome } from "./packed.ts";
import { DEFAULT_TIME_LIMIT, type TimeLimit, timeLimitMs } from "./time-limit.ts";
import type { WorkerJob, WorkerReply } from "./worker.ts";

/** Settings of a parser pool. */
export interface ParserPoolOptions {
  /** Parser threads (at least 1; default: the machine's cores less one). */
  threads?: number;
  /** How long one parse may run, by input size. */
  timeLimit?: TimeLimit;
}

/** Parses articles on worker threads, each parse bounded in time. */
export interface ParserPool {
  /** How many parser threads the pool keeps. */
  readonly threads: number;
  /**
   * Parses one article on a parser thread; never rejects. A parse that runs past its time limit
   * is stopped (its thread is replaced) and refused as `PARSE_TIMEOUT`; aborting `signal` cancels
   * the job, queued or running, as `PARSE_ABORTED`.
   */
  parse(job: ParseJob, options?: { signal?: AbortSignal }): Promise<ParseOutcome>;
  /** The thread ids of the running parser threads (a replaced thread gets a new id). */
  threadIds(): number[];
  /** Each thread's live heap in MB as of its latest answer (null before its first full GC). */
  liveHeapMb(): (number | null)[];
  /** Stops the threads; jobs still queued are refused as `PARSE_ABORTED`. */
  close(): Promise<void>;
}

class Timeout extends Error {}

const overLimit = (job: ParseJob, ms: number) =>
  `Parsing took longer than ${(ms / 1000).toFixed(1)} s, the limit for ${job.input.length.toLocaleString("en")} characters; the article was refused.`;

// Atomics.waitAsync is in Node 16+ but not yet in TypeScript's default library.
type WaitAsync = (a: Int32Array, i: number, v: number) => { value: Promise<string> | string };

/** Resolves once a parser thread has set the flag (at once if it already has). */
async function waitForFlag(flag: Int32Array): Promise<void> {
  const wait = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync(flag, 0, 0);
  await wait.value;
}

/** Creates a parser pool. Threads start on the first parse, so an idle process pays nothing. */
export function createParserPool(options: ParserPoolOptions = {}): ParserPool {
  const threads = Math.max(1, options.threads ?? availableParallelism() - 1);
  const limit = options.timeLimit ?? DEFAULT_TIME_LIMIT;
  const liveHeap = new Map<number, number | null>();
  let piscina: Piscina<WorkerJob, WorkerReply> | null = null;
  let starting: Promise<Piscina<WorkerJob, WorkerReply>> | null = null;
  let closed = false;

  const start = () => {
    starting ??= parserWorkerEntry().then((filename) => {
      piscina = new Piscina({
        filename,
        minThreads: threads,
        maxThreads: threads,
        idleTimeout: Number.POSITIVE_INFINITY,
        // The bundle is plain JavaScript, and worker.mjs registers tsx itself: a thread that
        // inherited `--import tsx` would load tsx for nothing (~20 MB a thread).
        execArgv: execArgvWithoutTsx(),
        // Piscina's default ("sync") blocks an idle thread in Atomics.wait: its timers and V8's
        // own idle work never run, and it kept a parse's garbage for good (worker.ts).
        atomics: "async",
      });
      return piscina;
    });
    return starting;
  };

  return {
    threads,
    async parse(job, { signal } = {}) {
      if (closed) return refusal("PARSE_ABORTED", "The parser pool is closed.");
      if (signal?.aborted) return refusal("PARSE_ABORTED", "The parse was cancelled.");
      const ms = timeLimitMs(job.input.length, limit);
      const stop = new AbortController();
      const onAbort = () => stop.abort(signal?.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      // The clock starts when a thread takes the job (the thread raises the flag), not while the
      // job waits in the queue or a replaced thread loads its model.
      const started = new Int32Array(new SharedArrayBuffer(4));
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      void waitForFlag(started).then(() => {
        if (settled || stop.signal.aborted) return;
        timer = setTimeout(() => stop.abort(new Timeout(overLimit(job, ms))), ms);
      });
      try {
        const workers = await start();
        if (closed) return refusal("PARSE_ABORTED", "The parser pool is closed.");
        const reply = await workers.run({ ...job, started }, { signal: stop.signal });
        liveHeap.set(reply.threadId, reply.liveHeapMb);
        return await unpackOutcome(reply.outcome);
      } catch (error) {
        if (stop.signal.reason instanceof Timeout)
          return refusal("PARSE_TIMEOUT", stop.signal.reason.message);
        if (stop.signal.aborted) return refusal("PARSE_ABORTED", "The parse was cancelled.");
        const message = error instanceof Error ? error.message : String(error);
        return refusal("PARSE_CRASHED", `The parser thread failed: ${message}`);
      } finally {
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        // A job cancelled before any thread took it: release the wait for its flag.
        if (Atomics.compareExchange(started, 0, 0, 1) === 0) Atomics.notify(started, 0);
      }
    },
    threadIds() {
      return piscina ? piscina.threads.map((w) => w.threadId) : [];
    },
    liveHeapMb() {
      if (!piscina) return [];
      return piscina.threads.map((w) => liveHeap.get(w.threadId) ?? null);
    },
    async close() {
      closed = true;
      await starting?.catch(() => {});
      await piscina?.destroy();
    },
  };
}
