export { isPublicAddress } from "./fetch/address.ts";
export {
  type FetchedPage,
  fetchPage,
  PageFetchError,
  type PageFetchOptions,
} from "./fetch/page.ts";
export { checkUrl, publicLookup } from "./fetch/target.ts";
export { toMb, trackLiveHeap } from "./live-heap.ts";
export type { ParseFailureCode, ParseJob, ParseOutcome } from "./parse/outcome.ts";
export { createParserPool, type ParserPool, type ParserPoolOptions } from "./parse/pool.ts";
export {
  DEFAULT_TIME_LIMIT,
  type TimeLimit,
  timeLimitFromEnv,
  timeLimitMs,
} from "./parse/time-limit.ts";
export { type ReparseResult, type ReparseSummary, reparseAll, reparseArticle } from "./reparse.ts";
