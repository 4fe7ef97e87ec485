/**
 * An article job: fetch the page politely, parse it on the pool, store it. Storing is idempotent
 * by content and story hash (the db's ingest), so a job retried after a worker died mid-way, or
 * the same story listed by two feeds, is stored once; only its origin is added.
 */
import { recordArticleOrigin, recordIngestFailure } from "@whosaid/db";
import { politeFetch, RetryLater, RobotsRefusal } from "../feeds/polite.ts";
import { type ArticleJob, QUEUES } from "../queue/jobs.ts";
import { ingestArticle } from "../store/article.ts";
import type { WorkerContext } from "./context.ts";

const ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.8";

/** What became of an article job. */
export type ArticleResult =
  | { status: "stored" | "existing"; articleId: string }
  | { status: "later" | "refused" };

/** Runs one article job; throws (for a retry, then the dead-letter list) when it fails. */
export async function runArticleJob(ctx: WorkerContext, job: ArticleJob): Promise<ArticleResult> {
  let page: Awaited<ReturnType<typeof politeFetch>>;
  try {
    page = await politeFetch(ctx.db, job.url, ctx.fetch, { accept: ACCEPT });
  } catch (error) {
    // robots.txt will say no again: straight to the dead-letter list, no retries.
    if (error instanceof RobotsRefusal) {
      const reason = error.message;
      await recordIngestFailure(ctx.db, { jobKind: QUEUES.article, ...job, reason });
      return { status: "refused" };
    }
    // The host's limit or its Retry-After holds the request: the same job, later, not a failure.
    if (!(error instanceof RetryLater)) throw error;
    await ctx.queue.sendArticles([job], { delaySeconds: Math.ceil(error.waitMs / 1000) });
    return { status: "later" };
  }
  const fetchedAt = new Date();
  // The one way in: the same hash rules and kept input as every other source.
  const source = { ref: job.url, input: page.body, format: page.format, url: page.url };
  const outcome = await ingestArticle(ctx.db, ctx.parser, source);
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
  const { result } = outcome;
  await recordArticleOrigin(ctx.db, {
    articleId: result.id,
    url: job.url,
    sourceId: job.sourceId,
    fetchedAt,
  });
  return { status: result.created ? "stored" : "existing", articleId: result.id };
}
