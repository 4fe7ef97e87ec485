/**
 * A feed poll: queue the feed's next poll, fetch the feed conditionally and politely, and queue
 * an article job for every URL it lists for the first time.
 */
import { getFeedSource, newFeedEntries, type PollOutcome, recordFeedPoll } from "@whosaid/db";
import { politeFetch, RetryLater, RobotsRefusal } from "../feeds/polite.ts";
import { readFeed } from "../feeds/read.ts";
import type { PollJob } from "../queue/jobs.ts";
import { PageFetchError } from "../sources/url/error.ts";
import type { WorkerContext } from "./context.ts";

const ACCEPT =
  "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What a poll did: its outcome, and how many new articles it queued. */
export interface PollResult {
  status: PollOutcome["status"] | "skipped";
  queued: number;
}

/**
 * Polls one feed. A feed's failures (unreachable, not a feed, robots.txt) are recorded on the
 * feed and shown with it; they do not throw, the next poll comes at the feed's interval.
 */
export async function runPollJob(ctx: WorkerContext, job: PollJob): Promise<PollResult> {
  const source = await getFeedSource(ctx.db, job.sourceId);
  if (!source || source.paused) return { status: "skipped", queued: 0 };
  // Queued first: a worker killed mid-poll leaves the feed's chain of polls intact.
  await ctx.queue.sendPoll({ sourceId: source.id }, source.everySeconds);
  const next = new Date(Date.now() + source.everySeconds * 1000);
  const record = (outcome: PollOutcome) => recordFeedPoll(ctx.db, source.id, outcome, next);
  const headers: Record<string, string> = { accept: ACCEPT };
  if (source.etag) headers["if-none-match"] = source.etag;
  if (source.lastModified) headers["if-modified-since"] = source.lastModified;
  try {
    const page = await politeFetch(ctx.db, source.url, ctx.fetch, headers);
    const feed = readFeed(page.body, page.url);
    const queued = await ctx.db.transaction(async (tx) => {
      const fresh = await newFeedEntries(
        tx,
        source.id,
        feed.entries.map((e) => e.url),
      );
      await ctx.queue.sendArticles(
        fresh.map((url) => ({ url, sourceId: source.id })),
        { tx },
      );
      return fresh.length;
    });
    await record({
      status: "ok",
      kind: feed.kind,
      etag: page.etag,
      lastModified: page.lastModified,
    });
    return { status: "ok", queued };
  } catch (error) {
    const outcome: PollOutcome =
      error instanceof PageFetchError && error.code === "NOT_MODIFIED"
        ? { status: "not_modified" }
        : error instanceof RetryLater
          ? { status: "rate_limited", error: message(error) }
          : error instanceof RobotsRefusal
            ? { status: "robots", error: message(error) }
            : { status: "error", error: message(error) };
    await record(outcome);
    return { status: outcome.status, queued: 0 };
  }
}
