import { metadata } from "../stages/metadata.ts";
import { normalize } from "../stages/normalize.ts";
import { segment } from "../stages/segment.ts";
import type { ParsedArticle, ParseOptions } from "../types.ts";

/**
 * The article's structure alone (validation, HTML extraction, title, date, authors, source,
 * paragraphs, captions, footer, related stories, language), without the NLP stages: people,
 * quotes and topics stay empty. For callers that need only the text and its layout, fast.
 * Throws {@link ParseError} like {@link parseArticle}.
 */
export function parseStructure(input: string, options: ParseOptions = {}): ParsedArticle {
  const doc = metadata(segment(normalize(input, options)));
  return {
    schemaVersion: 1,
    text: doc.text,
    format: doc.format,
    article: doc.article,
    people: [],
    quotes: [],
    topics: [],
    keyPhrases: [],
    places: [],
    dates: [],
    warnings: doc.warnings,
  };
}
