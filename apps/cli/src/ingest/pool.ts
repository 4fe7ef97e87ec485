import { Worker } from "node:worker_threads";
import { type ParseReply, type ParseRequest, parseOne } from "./parse-one.ts";

type Job = { request: ParseRequest; resolve: (reply: ParseReply) => void };

/** Parses articles on worker threads (or in this thread when `size` is 0). */
export class ParsePool {
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly waiting: Job[] = [];
  private readonly busy = new Map<Worker, Job>();

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const worker = new Worker(new URL("./parse-worker.mjs", import.meta.url));
    worker.on("message", (reply: ParseReply) => {
      this.busy.get(worker)?.resolve(reply);
      this.busy.delete(worker);
      this.next(worker);
    });
    // A worker that dies (e.g. out of memory on a huge input) fails its article, not the run.
    worker.on("error", (error) => {
      this.busy.get(worker)?.resolve({ error: `parser crashed: ${error.message}` });
      this.busy.delete(worker);
      this.workers.delete(worker);
      this.next(this.spawn());
    });
    this.workers.add(worker);
    return worker;
  }

  private next(worker: Worker): void {
    const job = this.waiting.shift();
    if (!job) {
      this.idle.push(worker);
      return;
    }
    this.busy.set(worker, job);
    worker.postMessage(job.request);
  }

  /** Parses one input; never rejects (failures come back as `{ error }`). */
  parse(request: ParseRequest): Promise<ParseReply> {
    if (this.size === 0) return Promise.resolve(parseOne(request));
    return new Promise((resolve) => {
      this.waiting.push({ request, resolve });
      const worker = this.idle.pop();
      if (worker) this.next(worker);
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }
}
