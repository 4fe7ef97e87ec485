import type { Doc, Stage } from "./doc.ts";
import { metadata } from "./stages/metadata.ts";
import { normalize } from "./stages/normalize.ts";
import { people } from "./stages/people.ts";
import { quotes } from "./stages/quotes.ts";
import { segment } from "./stages/segment.ts";
import { sentences } from "./stages/sentences.ts";
import { topics } from "./stages/topics.ts";
import type { ParseOptions, ParsedArticle } from "./types.ts";

/** The stages in order; each adds to the document what the later ones need. */
export const stages: Stage[] = [segment, metadata, sentences, people, quotes, topics];

/**
 * Parse one news article (plain text or HTML) into its structure, people, quotes and topics.
 * Pure and synchronous: no I/O. Throws {@link ParseError} for input that cannot be parsed.
 */
export function parseArticle(input: string, options: ParseOptions = {}): ParsedArticle {
  let doc: Doc = normalize(input, options);
  for (const stage of stages) doc = stage(doc);
  return toParsedArticle(doc);
}

function toParsedArticle(doc: Doc): ParsedArticle {
  return {
    schemaVersion: 1,
    text: doc.text,
    format: doc.format,
    article: doc.article,
    people: doc.people,
    quotes: doc.quotes,
    topics: doc.topics,
    keyPhrases: doc.keyPhrases,
    places: doc.places,
    dates: doc.dates,
    warnings: doc.warnings,
  };
}
