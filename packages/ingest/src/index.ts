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
export { discover } from "./sources/discover.ts";
export { countArticles, type InputUnit, MAX_FILE_BYTES, readInputs } from "./sources/files.ts";
export {
  articleMeta,
  type InputItem,
  inputHash,
  keptInput,
  parseJobOf,
  type SourceArticle,
} from "./sources/item.ts";
export { isPublicAddress } from "./sources/url/address.ts";
export {
  type FetchedPage,
  fetchPage,
  PageFetchError,
  type PageFetchOptions,
} from "./sources/url/page.ts";
export { articleFromUrl } from "./sources/url/source.ts";
export { checkUrl, publicLookup } from "./sources/url/target.ts";
export {
  ingestArticle,
  type Preview,
  previewArticle,
  type Refusal,
  storedFor,
} from "./store/article.ts";
export { countEvent, type IngestEvent, type IngestSummary, newSummary } from "./store/events.ts";
export { type RunOptions, runIngest } from "./store/run.ts";
