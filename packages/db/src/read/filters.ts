/**
 * Quote filters → SQL conditions over `quotes q` and its left-joined speaker `people p`. The API,
 * the facets and the CSV/JSONL export all use this one translation.
 */
import type { PersonCategory, QuoteKind, SpeakerType } from "@whosaid/parser/vocabulary";
import { isUuid, type Params } from "./sql.ts";
import { topicSubtreeIds } from "./topic-tree.ts";

/** The shared vocabulary (`@whosaid/parser/vocabulary`): the first five categories are public office (`is_official`). */
export type { PersonCategory, QuoteKind, SpeakerType };
/** A speaker category in a filter: "unknown" matches unnamed speakers and people without one. */
export type SpeakerCategory = PersonCategory;

/** Every way quotes can be narrowed; all fields optional, lists mean "any of". */
export interface QuoteFilter {
  speakerCountry?: string[] | null;
  speakerCategory?: SpeakerCategory[] | null;
  official?: boolean | null;
  speakerId?: string[] | null;
  /** Case-insensitive substring of the speaker's name or aliases. */
  speakerName?: string | null;
  organization?: string[] | null;
  /** IPTC ids (e.g. "medtop:16000000") or labels (e.g. "armed conflict"); subtopics included. */
  topic?: string[] | null;
  kind?: QuoteKind[] | null;
  /** What the speaker is; quotes whose speaker's type is not known match none. */
  speakerType?: SpeakerType[] | null;
  source?: string[] | null;
  articleId?: string[] | null;
  /** Inclusive dates (YYYY-MM-DD) on the statement date, else the article's date. */
  from?: string | null;
  to?: string | null;
  /** Full-text search over the quote text (web-search syntax: words, "phrases", -not, or). */
  search?: string | null;
}

const lowerAll = (values: string[]) => values.map((v) => v.trim().toLowerCase());

/** The date quotes are sorted by (the parser sets stated_at to the article's date by default). */
export const QUOTE_SORT_DATE = "coalesce(q.stated_at, DATE '0001-01-01')";

/**
 * The sort date as ORDER BY should say it. For a text search matching few quotes, `+ 0` keeps
 * PostgreSQL from walking the date index and testing quote after quote against the search (37 s
 * for a word that matches nothing among 2.9 million quotes): it finds the few matches through the
 * text index, then sorts them. A search matching many quotes walks the date index as usual.
 */
export function quoteSortKey(filter: QuoteFilter | null | undefined, rareSearch: boolean): string {
  return rareSearch && filter?.search?.trim() ? `(${QUOTE_SORT_DATE} + 0)` : QUOTE_SORT_DATE;
}

/** Below this many matches a search is "rare" (see {@link quoteSortKey}). */
export const RARE_SEARCH_MATCHES = 2000;

/** Counts a search's matches up to {@link RARE_SEARCH_MATCHES} through the text index. */
export function rareSearchProbe(search: string, params: Params): string {
  return `SELECT count(*) < ${RARE_SEARCH_MATCHES} AS rare FROM (SELECT 1 FROM quotes q
    WHERE q.search @@ websearch_to_tsquery('english', ${params.add(search.trim())})
    LIMIT ${RARE_SEARCH_MATCHES}) m`;
}

/**
 * Conditions on a speaker's person row `sp` that only a named person can meet: a known category
 * (a list with "unknown" is the caller's, as it also takes unnamed speakers), `official: true`,
 * an organization, a name. Shared by the quote conditions and the counters (counts.ts).
 */
export function namedPersonConditions(f: QuoteFilter, params: Params): string[] {
  const person: string[] = [];
  const categories = f.speakerCategory ?? [];
  if (categories.length && !categories.includes("unknown"))
    person.push(`sp.category = ANY(${params.add(categories)}::text[])`);
  if (f.official === true) person.push("sp.is_official");
  if (f.organization?.length)
    person.push(`lower(sp.organization) = ANY(${params.add(lowerAll(f.organization))}::text[])`);
  if (f.speakerName?.trim()) {
    const like = params.add(`%${escapeLike(f.speakerName.trim().toLowerCase())}%`);
    person.push(
      `(lower(sp.name) LIKE ${like} OR EXISTS (SELECT 1 FROM unnest(sp.aliases) al WHERE lower(al) LIKE ${like}))`,
    );
  }
  return person;
}

/** The filter's speaker countries as a parameter (upper case), or null for none. */
export function speakerCountries(f: QuoteFilter, params: Params): string | null {
  return f.speakerCountry?.length
    ? params.add(f.speakerCountry.map((v) => v.trim().toUpperCase()))
    : null;
}

/** SQL conditions for a quote filter; ids that are not UUIDs match nothing. */
export function quoteConditions(filter: QuoteFilter | null | undefined, params: Params): string[] {
  const f = filter ?? {};
  const c: string[] = [];
  // Conditions on the speaker become a set of people ids computed once (people are few), so the
  // quotes are found through their speaker index rather than by scanning every quote.
  const person = namedPersonConditions(f, params);
  const categories = f.speakerCategory ?? [];
  if (categories.includes("unknown")) {
    // "unknown" is also the parser's own fallback category: it matches that, no category at all,
    // and unnamed speakers, as the category facet's UNKNOWN bucket counts them.
    const any = params.add([...categories.filter((v) => v !== "unknown"), "unknown"]);
    c.push(`(q.speaker_id IS NULL OR q.speaker_id = ANY(ARRAY(SELECT sp.id FROM people sp
      WHERE sp.category = ANY(${any}::text[]) OR sp.category IS NULL)))`);
  }
  const countries = speakerCountries(f, params);
  const speakers = (conditions: string[]) =>
    `q.speaker_id = ANY(ARRAY(SELECT sp.id FROM people sp WHERE ${conditions.join(" AND ")}))`;
  if (person.length) {
    if (countries) person.push(`sp.country = ANY(${countries}::text[])`);
    if (f.official === false) person.push("NOT sp.is_official");
    c.push(speakers(person));
  } else {
    // Unnamed sources ("senior U.S. officials") carry a country of their own and are not officials.
    if (countries) {
      c.push(`(${speakers([`sp.country = ANY(${countries}::text[])`])}
        OR (q.speaker_id IS NULL AND q.speaker_country = ANY(${countries}::text[])))`);
    }
    if (f.official === false)
      c.push(`(q.speaker_id IS NULL OR ${speakers(["NOT sp.is_official"])})`);
  }
  if (f.speakerId?.length) {
    const ids = f.speakerId.filter(isUuid);
    // One id as `=`, so that the (speaker, date, id) index gives the quotes already in order.
    c.push(
      ids.length === 1
        ? `q.speaker_id = ${params.add(ids[0])}::uuid`
        : `q.speaker_id = ANY(${params.add(ids)}::uuid[])`,
    );
  }
  if (f.topic?.length) {
    c.push(`EXISTS (SELECT 1 FROM quote_topics qt
      WHERE qt.quote_id = q.id AND qt.topic_id = ANY(${topicSubtreeIds(f.topic, params)}))`);
  }
  if (f.kind?.length) c.push(`q.kind = ANY(${params.add(f.kind)}::text[])`);
  if (f.speakerType?.length) c.push(`q.speaker_type = ANY(${params.add(f.speakerType)}::text[])`);
  if (f.source?.length) {
    c.push(`EXISTS (SELECT 1 FROM articles a WHERE a.id = q.article_id
      AND lower(a.source) = ANY(${params.add(lowerAll(f.source))}::text[]))`);
  }
  if (f.articleId?.length)
    c.push(`q.article_id = ANY(${params.add(f.articleId.filter(isUuid))}::uuid[])`);
  if (f.from) c.push(`q.stated_at >= ${params.add(f.from)}::date`);
  if (f.to) c.push(`q.stated_at <= ${params.add(f.to)}::date`);
  if (f.search?.trim())
    c.push(`q.search @@ websearch_to_tsquery('english', ${params.add(f.search.trim())})`);
  return c;
}

/** The FROM clause every filtered quote query shares (PostgreSQL drops the join when unused). */
export const QUOTE_FROM = "quotes q LEFT JOIN people p ON p.id = q.speaker_id";

/** Escapes LIKE wildcards so user text matches literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
