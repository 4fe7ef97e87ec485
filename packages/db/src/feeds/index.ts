export {
  type ArticleOrigin,
  articleOrigins,
  newFeedEntries,
  originCounts,
  recordArticleOrigin,
} from "./entries.ts";
export { type IngestFailure, listIngestFailures, recordIngestFailure } from "./failures.ts";
export { backOffHost, takeHostRequest } from "./hosts.ts";
export {
  addFeedSource,
  type FeedSource,
  getFeedSource,
  listFeedSources,
  type PollOutcome,
  recordFeedPoll,
  removeFeedSource,
  setFeedPaused,
} from "./sources.ts";
