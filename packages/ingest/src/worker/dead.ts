/** Jobs that failed every retry arrive on the dead-letter queue: record them with the reason. */
import { getFeedSource, recordIngestFailure } from "@whosaid/db";
import type PgBoss from "pg-boss";
import { QUEUES } from "../queue/jobs.ts";
import type { WorkerContext } from "./context.ts";

type Failed = { url?: string; sourceId?: string | null };

/** The reason pg-boss kept in the failed job's output (the thrown error, or the expiry). */
function reasonOf(output: unknown): string {
  if (output && typeof output === "object") {
    const o = output as { message?: unknown; value?: unknown };
    if (typeof o.message === "string" && o.message) return o.message;
    if (o.value !== undefined) return String(o.value);
  }
  return output ? JSON.stringify(output).slice(0, 500) : "failed every retry (no reason kept)";
}

/** Records one dead-lettered job in `ingest_failures`. */
export async function runDeadJob(ctx: WorkerContext, job: PgBoss.JobWithMetadata<Failed>) {
  const data = job.data ?? {};
  // A poll job carries only its feed's id: the list shows the feed's URL.
  const feed = !data.url && data.sourceId ? await getFeedSource(ctx.db, data.sourceId) : null;
  await recordIngestFailure(ctx.db, {
    jobKind: data.url ? QUEUES.article : QUEUES.poll,
    url: data.url ?? feed?.url ?? "",
    sourceId: data.sourceId ?? null,
    reason: reasonOf(job.output),
  });
}
