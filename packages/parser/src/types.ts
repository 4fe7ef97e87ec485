/**
 * The public JSON contract of the parser (schemaVersion 1). Fields here are stable: add, never
 * rename or remove. Offsets (`start`/`end`) are JavaScript string indices into `ParsedArticle.text`
 * (the exact input for text formats; the text extracted from the page for HTML), so that
 * `text.slice(start, end) === span.text` for every paragraph, caption, mention and quote.
 */

import type { PersonCategory, QuoteKind, SpeakerType } from "./vocabulary.ts";

export * from "./vocabulary.ts";

export type InputFormat = "text" | "html";

/** Options accepted by {@link parseArticle}. */
export interface ParseOptions {
  /** Input format; sniffed from the content when omitted. */
  format?: InputFormat;
  /** Where the article came from; kept in `article.url`. */
  url?: string | null;
  /** Publisher name, used when the input does not say. */
  source?: string | null;
  /** Publication date (YYYY-MM-DD or ISO 8601), used when the input does not say. */
  publishedAt?: string | null;
  /** Largest input accepted, in bytes of UTF-8 (default 2 MB). */
  maxBytes?: number;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

export type Paragraph = Span;

export interface Caption extends Span {
  /** The photo credit as written, e.g. "Andrew Kravchenko / AP", or null. */
  credit: string | null;
}

export interface RelatedStory {
  title: string;
  summary: string | null;
}

export interface ArticleInfo {
  title: string | null;
  publishedAt: string | null;
  authors: string[];
  /** News agencies and publishers credited as authors ("Reuters", "PTI"): never people. */
  agencies: string[];
  source: string | null;
  url: string | null;
  readTimeMinutes: number | null;
  paragraphs: Paragraph[];
  captions: Caption[];
  relatedStories: RelatedStory[];
  /** ISO 639-1 code of the detected language, e.g. "en", or "und" when unknown. */
  language: string;
  /** Footer lines such as "This article was originally published on NBC News". */
  footer: string[];
}

export interface Evidence {
  /** The value the evidence supports (a country code, a role, a category). */
  value: string;
  /**
   * Where it came from: the article's words as written ("Estonia's environment minister"), or
   * `kb:<Wikidata id>` and the term ("kb:Q24025631 Minister of Foreign Affairs (UA), 2020-03-04 –"),
   * or a described inference ("context: …", "works for …").
   */
  evidence: string;
}

export interface Mention extends Span {
  /** How the person is referred to: full name, surname, alias, pronoun, title ("the president"). */
  kind: "name" | "surname" | "alias" | "pronoun" | "title";
}

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  category: PersonCategory | null;
  /** Holds public office (a category in OFFICIAL_CATEGORIES) at the article's date. */
  isOfficial: boolean;
  /** "Vice President", "Former Governor", "Acting Attorney General": qualifiers are kept. */
  role: string | null;
  organization: string | null;
  /** Political party, only when the text ties it to this person or the knowledge base does at the article's date. */
  party: string | null;
  wikidataId: string | null;
  /** Where each fact came from. */
  evidence: {
    country?: Evidence;
    role?: Evidence;
    organization?: Evidence;
    party?: Evidence;
    category?: Evidence;
    official?: Evidence;
  };
  mentions: Mention[];
}

export interface Cue {
  text: string;
  lemma: string;
}

export interface Quote extends Span {
  id: string;
  /** Quote segments split around one attribution share one statementId. */
  statementId: string;
  kind: QuoteKind;
  speakerId: string | null;
  /** Who spoke when no person is named: "a senior military official", "The U.S.". */
  speakerLabel: string | null;
  /** Country of an unnamed or institutional source when the label says so. */
  speakerCountry: string | null;
  /** The speaker as written where it is attributed ("he", "Menon", "said X"). */
  speakerMention: Span | null;
  /**
   * What the speaker is: a person (`speakerId` set, or a name nobody else lists), an organization
   * speaking as one ("IRCC", "the department": `speakerLabel` is its full name), a group; null for
   * an unnamed source known only by its label ("a senior official").
   */
  speakerType: SpeakerType | null;
  /** How `speakerMention` refers to the speaker: by name, by a description, or by a pronoun. */
  speakerMentionKind: "name" | "nominal" | "pronoun" | null;
  cue: Cue | null;
  channel: string | null;
  /** Date the statement was made when the text says so (YYYY-MM-DD), else the article date. */
  statedAt: string | null;
  /** Index into article.paragraphs of the paragraph holding the start of the quote (-1: the headline or a caption). */
  paragraph: number;
  /** IPTC topics of the statement, best first. */
  topics: TopicRef[];
}

export interface TopicRef {
  id: string;
  label: string;
  score: number;
}

export interface Topic extends TopicRef {
  /** Labels from the top level down, e.g. ["conflict, war and peace", "armed conflict", "war"]. */
  path: string[];
}

export interface KeyPhrase {
  text: string;
  score: number;
}

export type PlaceKind = "country" | "city" | "region" | "sea" | "peninsula" | "other";

export interface Place {
  name: string;
  kind: PlaceKind;
  country: string | null;
  mentions: Span[];
}

export interface DateRef extends Span {
  /** The date it resolves to (YYYY-MM-DD), or a range start for "last week". */
  date: string;
  /** Range end for spans such as "last week". */
  endDate?: string;
}

export interface ParsedArticle {
  schemaVersion: 1;
  /** The text all offsets refer to: the input itself for text, the extracted text for HTML. */
  text: string;
  format: InputFormat;
  article: ArticleInfo;
  people: Person[];
  quotes: Quote[];
  topics: Topic[];
  keyPhrases: KeyPhrase[];
  places: Place[];
  dates: DateRef[];
  /** Non-fatal problems (e.g. "language: not English; people and quotes skipped"). */
  warnings: string[];
}

/** Thrown for input that cannot be parsed (empty, binary, too large); carries a stable code. */
export class ParseError extends Error {
  constructor(
    public readonly code:
      | "EMPTY_INPUT"
      | "BINARY_INPUT"
      | "TOO_LARGE"
      | "NO_ARTICLE"
      | "INVALID_INPUT",
    message: string,
  ) {
    super(message);
    this.name = "ParseError";
  }
}
