/**
 * The input rules of the API in one table: how long a value of each kind may be, how many values
 * a list may hold, which dates exist. Generous for real use; far below what costs the server.
 */

/** The dates the API accepts (PostgreSQL has no year 0; four digits is the Date format). */
export const DATE_RANGE = { min: "0001-01-01", max: "9999-12-31" } as const;

/** Most values one list argument may hold (ids, countries, sources, topics …). */
export const MAX_LIST = 100;

/** Largest offset an offset cursor may carry (a list this long is paged by filter instead). */
export const MAX_OFFSET = 10_000_000;

/** Longest value, in characters, by argument or input-field name. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  search: 500,
  speakerName: 200,
  speakerLabel: 200,
  name: 200,
  label: 200,
  organization: 200,
  source: 200,
  topic: 200,
  iptcId: 100,
  parentId: 100,
  speakerCountry: 100,
  country: 100,
  after: 200,
  before: 200,
  url: 2_048,
};

/** Longest ID, in characters: a global id is about 50. */
export const MAX_ID = 200;

/** Longest value of any other string argument. */
export const MAX_TEXT = 1_000;

/**
 * Input fields whose size only the request-body limit bounds (`WHOSAID_MAX_BODY_BYTES`) and
 * whose characters the parser judges (NUL makes a text binary): the article itself.
 */
export const ARTICLE_BODY_FIELDS: ReadonlySet<string> = new Set([
  "ArticleInput.text",
  "ArticleInput.html",
]);
