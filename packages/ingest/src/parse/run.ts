import { ParseError, parseArticle } from "@whosaid/parser";
import { type ParseJob, type ParseOutcome, refusal } from "./outcome.ts";

/** Parses one article in this thread, turning every exception into a coded outcome. */
export function runParse(job: ParseJob): ParseOutcome {
  try {
    const parsed = parseArticle(job.input, job.options);
    // A page whose extraction left no text is not an article worth storing.
    if (!parsed.text.trim())
      return refusal("NO_ARTICLE", "No article text was found in the input.");
    return { ok: true, parsed };
  } catch (error) {
    if (error instanceof ParseError) return refusal(error.code, error.message);
    return refusal("PARSE_CRASHED", error instanceof Error ? error.message : String(error));
  }
}
