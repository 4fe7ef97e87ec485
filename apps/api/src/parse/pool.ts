/**
 * Parsing off the event loop: parseArticle is synchronous CPU work (tens to hundreds of ms), so
 * the API hands it to worker threads and keeps answering queries meanwhile. With size 0 it
 * parses in this thread (tests, tiny deployments).
 */
import { Worker } from "node:worker_threads";
import type { ParsedArticle, ParseOptions } from "@whosaid/parser";
// Types only: the main thread never loads the parser (its language model and knowledge base
// cost ~80 MB) unless it parses itself (size 0).
import type { ParseJob, ParseOutcome } from "./run.ts";

type Waiting = { job: ParseJob; resolve: (outcome: ParseOutcome) => void };

/** A fixed set of parser threads with a queue. */
export class ParsePool {
  private readonly idle: Worker[] = [];
  private readonly queue: Waiting[] = [];
  private readonly busy = new Map<Worker, Waiting>();
  private readonly all = new Set<Worker>();
  private readonly liveHeap = new Map<Worker, number | null>();

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const worker = new Worker(new URL("./worker.mjs", import.meta.url));
    worker.unref(); // parser threads must not keep the process alive (open requests do)
    worker.on("message", (reply: { outcome: ParseOutcome; liveHeapMb: number | null }) => {
      this.liveHeap.set(worker, reply.liveHeapMb);
      this.busy.get(worker)?.resolve(reply.outcome);
      this.busy.delete(worker);
      this.dispatch(worker);
    });
    // A thread that dies (say, out of memory on a pathological input) fails its job only.
    worker.on("error", (error) => {
      this.busy.get(worker)?.resolve({ failed: `parser thread crashed: ${error.message}` });
      this.busy.delete(worker);
      this.all.delete(worker);
      this.liveHeap.delete(worker);
      this.dispatch(this.spawn());
    });
    this.all.add(worker);
    return worker;
  }

  private dispatch(worker: Worker): void {
    const next = this.queue.shift();
    if (!next) {
      this.idle.push(worker);
      return;
    }
    this.busy.set(worker, next);
    worker.postMessage(next.job);
  }

  /** Parses one article; never rejects. */
  parse(job: ParseJob): Promise<ParseOutcome> {
    if (this.size === 0) return import("./run.ts").then((m) => m.runParse(job));
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      const worker = this.idle.pop();
      if (worker) this.dispatch(worker);
    });
  }

  /** Parses one article for code that wants the result or an exception (re-parsing). */
  async parseOrThrow(input: string, options: ParseOptions): Promise<ParsedArticle> {
    const outcome = await this.parse({ input, options });
    if ("parsed" in outcome) return outcome.parsed;
    throw new Error("refused" in outcome ? outcome.refused.message : outcome.failed);
  }

  /** Each thread's live heap in MB as of its latest answer (null before its first full GC). */
  liveHeapMb(): (number | null)[] {
    return [...this.all].map((w) => this.liveHeap.get(w) ?? null);
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    await Promise.all([...this.all].map((w) => w.terminate()));
  }
}
