/** Following feeds with the job queue: `@whosaid/ingest/feeds`. */

export { type ArticleJob, type PollJob, QUEUES } from "../queue/jobs.ts";
export { type JobQueue, openJobQueue } from "../queue/open.ts";
export { type QueueSettings, queueSettingsFromEnv } from "../queue/settings.ts";
export { type ArticleResult, runArticleJob } from "../worker/article.ts";
export type { WorkerContext } from "../worker/context.ts";
export { type PollResult, runPollJob } from "../worker/poll.ts";
export { queueDuePolls, startWorker, type WorkerOptions } from "../worker/run.ts";
export { politeFetch, RetryLater, RobotsRefusal } from "./polite.ts";
export { type FeedDocument, type FeedEntry, readFeed } from "./read.ts";
export { DEFAULT_USER_AGENT, type FeedFetchSettings, feedSettingsFromEnv } from "./settings.ts";
