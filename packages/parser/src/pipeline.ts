import type { Doc, Stage } from "./doc.ts";
import { metadata } from "./stages/metadata.ts";
import { normalize } from "./stages/normalize.ts";
import { people } from "./stages/people.ts";
import { quotes } from "./stages/quotes.ts";
import { segment } from "./stages/segment.ts";
import { sentences } from "./stages/sentences.ts";
import { statements } from "./stages/statements.ts";
import { topics } from "./stages/topics.ts";
import { type ParsedArticle, ParseError, type ParseOptions } from "./types.ts";

/** The stages in order; each adds to the document what the later ones need. */
export const stages: Stage[] = [segment, metadata, sentences, people, quotes, statements, topics];

/**
 * Parse one news article (plain text or HTML) into its structure, people, quotes and topics.
 * Pure and synchronous: no I/O. Throws {@link ParseError} for input that cannot be parsed.
 */
export function parseArticle(input: string, options: ParseOptions = {}): ParsedArticle {
  let doc: Doc = normalize(input, options);
  for (const stage of stages) doc = runStage(stage, doc);
  return toParsedArticle(doc);
}

/**
 * Runs one stage; a bug in a stage must not lose the article (nor crash a batch), so anything but
 * a ParseError leaves the document as it was, with a warning naming the stage.
 */
function runStage(stage: Stage, doc: Doc): Doc {
  try {
    return stage(doc);
  } catch (error) {
    if (error instanceof ParseError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ...doc,
      warnings: [
        ...doc.warnings,
        `${stage.name || "stage"}: internal error (${reason}); its results are left out`,
      ],
    };
  }
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
