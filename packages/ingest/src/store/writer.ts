import { type ArticleMeta, type Database, type IngestResult, ingestBatch } from "@whosaid/db";
import type { ParsedArticle } from "@whosaid/parser";

/** A parsed article waiting to be stored, with its metadata (see articleMeta). */
export interface Pending {
  ref: string;
  parsed: ParsedArticle;
  meta: ArticleMeta;
}

/**
 * Stores parsed articles in batched transactions, one batch at a time. A failing article is
 * reported alone; a failing batch (e.g. a dropped connection) stores nothing and is retried, and
 * after the last retry the writer stops with `fatal` set (a later run completes the work).
 */
export class BatchWriter {
  private buffer: Pending[] = [];
  private chain: Promise<void> = Promise.resolve();
  private inFlight = 0;
  /** The error that stopped the writer, if any. */
  fatal: Error | null = null;

  constructor(
    private readonly db: Database,
    private readonly batchSize: number,
    private readonly onResult: (item: Pending, result: IngestResult | Error) => void,
    private readonly retries = 3,
  ) {}

  /** Queues an article; starts a batch when enough are queued. */
  add(item: Pending): void {
    this.buffer.push(item);
    if (this.buffer.length >= this.batchSize) this.flush();
  }

  /** Articles queued or being written. */
  get backlog(): number {
    return this.buffer.length + this.inFlight;
  }

  /** Waits for the batches started so far. */
  settle(): Promise<void> {
    return this.chain;
  }

  /** Writes what is queued and waits for every batch. */
  async close(): Promise<void> {
    this.flush();
    await this.chain;
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    this.inFlight += batch.length;
    this.chain = this.chain.then(async () => {
      if (!this.fatal) await this.write(batch);
      this.inFlight -= batch.length;
    });
  }

  private async write(batch: Pending[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        const results = await ingestBatch(this.db, batch);
        for (const [i, item] of batch.entries()) this.onResult(item, results[i]);
        return;
      } catch (error) {
        if (attempt >= this.retries) {
          const reason = error instanceof Error ? error.message : String(error);
          this.fatal = new Error(
            `the database failed ${this.retries + 1} times in a row (${reason})`,
          );
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
      }
    }
  }
}
