import type { ArticleInfo, ParsedArticle, ParseOptions, Span } from "./types.ts";

/** One word or punctuation mark, with offsets into `Doc.text`. */
export interface Token {
  /** The token as written. */
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (PROPN, VERB, NOUN, PUNCT, …). */
  pos: string;
  /** Lower-case lemma ("said" → "say"). */
  lemma: string;
  /** Lower-case form. */
  normal: string;
  /** wink-nlp token type: word, punctuation, number, symbol, … */
  type: string;
  /**
   * What the rules ask of every token (capitalised, a verb of speech, …), worked out once on first
   * use: read it with `flagsOf` (util/token-flags.ts), never directly. A token made from another
   * with other words must not copy it (set it to `UNSET`).
   */
  flags?: number;
}

/** A sentence of the body or of a caption. */
export interface Sentence extends Span {
  /** Index into article.paragraphs, or -1 - captionIndex for captions. */
  paragraph: number;
  tokens: Token[];
}

/**
 * The document as it flows through the pipeline. Each stage takes a Doc and returns a richer one;
 * stages never mutate what earlier stages produced.
 */
export interface Doc extends Omit<ParsedArticle, "schemaVersion"> {
  /** The raw input string as given. */
  input: string;
  options: ParseOptions;
  /** Metadata found before segmentation (HTML meta tags, JSON-LD); merged by the metadata stage. */
  hints: Partial<
    Pick<ArticleInfo, "title" | "publishedAt" | "authors" | "agencies" | "source" | "url">
  >;
  sentences: Sentence[];
}

/** A stage of the pipeline: a pure function from a document to a richer one. */
export type Stage = (doc: Doc) => Doc;

/** A document before any stage has run: empty results, for the stages to fill. */
export function newDoc(
  fields: Pick<Doc, "input" | "text" | "format" | "options"> & Partial<Doc>,
): Doc {
  return {
    hints: {},
    article: emptyArticle(),
    sentences: [],
    people: [],
    quotes: [],
    topics: [],
    keyPhrases: [],
    places: [],
    dates: [],
    warnings: [],
    ...fields,
  };
}

/** An empty ArticleInfo, for stages to fill. */
export function emptyArticle(): ArticleInfo {
  return {
    title: null,
    publishedAt: null,
    authors: [],
    agencies: [],
    source: null,
    url: null,
    readTimeMinutes: null,
    paragraphs: [],
    captions: [],
    relatedStories: [],
    language: "und",
    footer: [],
  };
}
