import { type Doc, emptyArticle } from "../doc.ts";
import { ParseError, type ParseOptions } from "../types.ts";

/** Validates the input and decides its format. (Foundation issue fills in HTML extraction.) */
export function normalize(input: string, options: ParseOptions): Doc {
  if (typeof input !== "string" || input.trim() === "") {
    throw new ParseError("EMPTY_INPUT", "The input is empty.");
  }
  return {
    input,
    text: input,
    format: options.format ?? "text",
    options,
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
  };
}
