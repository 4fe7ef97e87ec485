export { type ArticleMeta, articleKeys } from "./article.ts";
export { ingestBatch } from "./batch.ts";
export {
  applyQuoteCorrections,
  deleteQuoteCorrection,
  type QuoteCorrection,
  recordQuoteCorrection,
} from "./corrections.ts";
export { mergePeople, splitPerson } from "./edit-people.ts";
export {
  type BatchItem,
  type IngestResult,
  ingestEach,
  ingestParsedArticle,
} from "./ingest.ts";
export { contentHash, nameKey, parserVersion, quoteId } from "./keys.ts";
export {
  applyPersonEdits,
  editPersonFacts,
  type PersonFacts,
  undoPersonEdit,
} from "./person-edits.ts";
export {
  articlesToReparse,
  deleteArticle,
  type StoredInput,
  storedInput,
  storeReparse,
} from "./reparse.ts";
export {
  type ArticleKeys,
  findStored,
  findStoredByContent,
  type StoredArticle,
  storedTotals,
} from "./stored.ts";
export { storyHash } from "./story.ts";
export { undoMerge, undoSplit } from "./undo-people.ts";
export { isWebUrl } from "./web-url.ts";
