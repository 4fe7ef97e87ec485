/**
 * The job queue: pg-boss 10 on whosaid's own database. pg-boss runs its SQL through the
 * database's `executeSql`, so one code path serves both backends: a PostgreSQL server (any number
 * of worker processes on any number of machines share the jobs, `SKIP LOCKED`) and embedded PGlite
 * (everything in one process: PGlite runs the same SQL, one statement at a time).
 */
import { type Database, oneAtATime, type Queryable } from "@whosaid/db";
import PgBoss from "pg-boss";
import { type ArticleJob, type PollJob, QUEUES } from "./jobs.ts";
import type { QueueSettings } from "./settings.ts";

/** The open queue and how to send whosaid's jobs to it. */
export interface JobQueue {
  readonly boss: PgBoss;
  readonly settings: QueueSettings;
  /** Queues a poll of a feed, at once or after `delaySeconds`; null when one is queued already. */
  sendPoll(job: PollJob, delaySeconds?: number): Promise<string | null>;
  /**
   * Queues article pages to fetch, parse and store (after `delaySeconds`); inside `tx` when
   * given, so that the jobs exist exactly when the rest of that transaction is committed.
   */
  sendArticles(
    jobs: ArticleJob[],
    options?: { delaySeconds?: number; tx?: Queryable },
  ): Promise<void>;
  /** Stops this process's workers (waiting for their jobs when `graceful`) and disconnects. */
  stop(options?: { graceful?: boolean }): Promise<void>;
}

function newBoss(db: Database, settings: QueueSettings): PgBoss {
  const boss = new PgBoss({
    db: { executeSql: (sql: string, values?: unknown[]) => db.executeSql(sql, values) },
    schema: "pgboss",
    pollingIntervalSeconds: settings.pollingSeconds,
    maintenanceIntervalSeconds: settings.maintenanceSeconds,
    // The cron that keeps feeds polled (QUEUES.sync) is pg-boss's own schedule.
    schedule: true,
    supervise: true,
  });
  boss.on("error", (error) => console.error(`[whosaid/queue] ${error.message}`));
  return boss;
}

/**
 * Starts pg-boss. Workers started at the same moment on a new database race to install its
 * schema (CREATE SCHEMA is not guarded by pg-boss's lock): the loser finds it installed on a retry.
 */
async function startBoss(db: Database, settings: QueueSettings): Promise<PgBoss> {
  for (let attempt = 1; ; attempt++) {
    const boss = newBoss(db, settings);
    try {
      await boss.start();
      return boss;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || !["23505", "42P06", "40P01"].includes(code ?? "")) throw error;
      await boss.stop({ graceful: false, close: false }).catch(() => {});
      await new Promise((r) => setTimeout(r, 200 * attempt + Math.random() * 300));
    }
  }
}

// Any constant works: it only has to be the same in every whosaid process.
const SETUP_LOCK_KEY = 7_206_354_220;

async function createQueues(boss: PgBoss): Promise<void> {
  await boss.createQueue(QUEUES.dead, { name: QUEUES.dead });
  await boss.createQueue(QUEUES.sync, { name: QUEUES.sync, policy: "singleton" });
  // One poll per feed may be queued and one running ("stately"): the chain of polls never forks.
  await boss.createQueue(QUEUES.poll, {
    name: QUEUES.poll,
    policy: "stately",
    deadLetter: QUEUES.dead,
  });
  await boss.createQueue(QUEUES.article, { name: QUEUES.article, deadLetter: QUEUES.dead });
}

/** Opens (and on first use installs) the queue in the database's `pgboss` schema. */
export async function openJobQueue(db: Database, settings: QueueSettings): Promise<JobQueue> {
  const boss = await oneAtATime(db, SETUP_LOCK_KEY, async () => {
    const started = await startBoss(db, settings);
    await createQueues(started);
    return started;
  });
  const retries = {
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: settings.expireSeconds,
    deadLetter: QUEUES.dead,
  };
  return {
    boss,
    settings,
    sendPoll: (job, delaySeconds = 0) =>
      boss.send(QUEUES.poll, job, {
        ...retries,
        singletonKey: job.sourceId,
        startAfter: Math.max(0, Math.round(delaySeconds)),
      }),
    async sendArticles(jobs, { delaySeconds = 0, tx } = {}) {
      if (!jobs.length) return;
      const startAfter = new Date(Date.now() + delaySeconds * 1000);
      const rows = jobs.map((data) => ({ name: QUEUES.article, data, startAfter, ...retries }));
      // pg-boss's insert is one statement with parameters: an open transaction can run it.
      const inTx = tx && { db: { executeSql: (sql: string, v?: unknown[]) => tx.query(sql, v) } };
      await (inTx ? boss.insert(rows, inTx) : boss.insert(rows));
    },
    async stop({ graceful = true } = {}) {
      await boss.stop({ graceful, wait: true, close: false, timeout: 30_000 });
    },
  };
}
