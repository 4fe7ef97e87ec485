/**
 * A worker: this process's share of the queue's jobs. Start any number of them, in any number of
 * processes on any number of machines pointed at one PostgreSQL database; pg-boss hands each job
 * to one of them (`FOR UPDATE SKIP LOCKED`). On embedded PGlite the one process runs them all.
 */
import { listFeedSources } from "@whosaid/db";
import type PgBoss from "pg-boss";
import { type ArticleJob, type PollJob, QUEUES } from "../queue/jobs.ts";
import { runArticleJob } from "./article.ts";
import type { WorkerContext } from "./context.ts";
import { runDeadJob } from "./dead.ts";
import { runPollJob } from "./poll.ts";

/** How many jobs of each kind this process runs at once. */
export interface WorkerOptions {
  /** Article jobs at once (fetches overlap; parses share the pool's threads). Default 2. */
  concurrency?: number;
  /** Called as an article job starts, for logs and tests. */
  onStart?: (queue: string, data: unknown) => void;
  /** Called after each job, for logs and tests. */
  onJob?: (queue: string, outcome: unknown) => void;
}

/** Queues a poll for every active feed that has none queued (pg-boss's "stately" queue drops the rest). */
export async function queueDuePolls(ctx: WorkerContext): Promise<void> {
  for (const source of await listFeedSources(ctx.db))
    if (!source.paused) await ctx.queue.sendPoll({ sourceId: source.id });
}

/** Starts the handlers on this process; `ctx.queue.stop()` stops them. */
export async function startWorker(ctx: WorkerContext, options: WorkerOptions = {}): Promise<void> {
  const { boss } = ctx.queue;
  const done = options.onJob ?? (() => {});
  const concurrency = Math.max(1, options.concurrency ?? 2);
  // pg-boss 10 runs one job at a time per `work` call: N calls are N jobs at once.
  for (let i = 0; i < concurrency; i++)
    await boss.work<ArticleJob>(QUEUES.article, { batchSize: 1 }, async ([job]) => {
      options.onStart?.(QUEUES.article, job.data);
      const outcome = await runArticleJob(ctx, job.data);
      done(QUEUES.article, outcome);
      return outcome;
    });
  await boss.work<PollJob>(QUEUES.poll, { batchSize: 1 }, async ([job]) => {
    const outcome = await runPollJob(ctx, job.data);
    done(QUEUES.poll, outcome);
    return outcome;
  });
  await boss.work(QUEUES.dead, { batchSize: 1, includeMetadata: true }, async ([job]) => {
    await runDeadJob(ctx, job as PgBoss.JobWithMetadata<{ url?: string }>);
    done(QUEUES.dead, job.data);
  });
  await boss.work(QUEUES.sync, { batchSize: 1 }, async () => queueDuePolls(ctx));
  // Feeds added or resumed while no worker ran get their first poll within a minute.
  await boss.schedule(QUEUES.sync, "* * * * *");
  await queueDuePolls(ctx);
}
