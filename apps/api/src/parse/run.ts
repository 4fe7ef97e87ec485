/** One parse, as both the worker threads and the in-thread fallback run it. */
import { type ParsedArticle, ParseError, type ParseOptions, parseArticle } from "@whosaid/parser";

/** What to parse. */
export interface ParseJob {
  input: string;
  options: ParseOptions;
}

/** The parse result, or the parser's refusal (code and message), or an unexpected failure. */
export type ParseOutcome =
  | { parsed: ParsedArticle }
  | { refused: { code: ParseError["code"]; message: string } }
  | { failed: string };

/** Parses one article without throwing. */
export function runParse(job: ParseJob): ParseOutcome {
  try {
    return { parsed: parseArticle(job.input, job.options) };
  } catch (error) {
    if (error instanceof ParseError)
      return { refused: { code: error.code, message: error.message } };
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}
