import type { ParsedArticle, ParseError, ParseOptions } from "@whosaid/parser";

/** One article to parse: the text or HTML, and the parser's options (format, url, source, date). */
export interface ParseJob {
  input: string;
  options: ParseOptions;
}

/**
 * Why an article was not parsed: the parser's own refusals (empty, binary, too large, no article
 * text), or the pool's: over its time limit, cancelled by the caller, or its thread crashed.
 */
export type ParseFailureCode =
  | ParseError["code"]
  | "PARSE_TIMEOUT"
  | "PARSE_ABORTED"
  | "PARSE_CRASHED";

/** The result of one parse: the article, or a coded refusal. Parsing never throws. */
export type ParseOutcome =
  | { ok: true; parsed: ParsedArticle }
  | { ok: false; code: ParseFailureCode; message: string };

/** A refusal with its code and message. */
export function refusal(code: ParseFailureCode, message: string): ParseOutcome {
  return { ok: false, code, message };
}
