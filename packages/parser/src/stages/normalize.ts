import { type Doc, newDoc } from "../doc.ts";
import { extractHtml } from "../structure/html-text.ts";
import { detectLanguage } from "../structure/language.ts";
import { sniffFormat } from "../structure/sniff.ts";
import { validateInput } from "../structure/validate.ts";
import { ParseError, type ParseOptions } from "../types.ts";

/**
 * Validates the input (empty, binary, too large → {@link ParseError}), strips a byte-order mark,
 * decides the format, extracts the article text from HTML, and detects the language.
 * Never throws anything but ParseError.
 */
export function normalize(input: string, options: ParseOptions): Doc {
  try {
    return build(input, options);
  } catch (error) {
    if (error instanceof ParseError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ParseError("INVALID_INPUT", `The input could not be read: ${reason}`);
  }
}

function build(input: string, options: ParseOptions): Doc {
  const raw = validateInput(input, options.maxBytes);
  if (options.format != null && options.format !== "text" && options.format !== "html") {
    throw new ParseError(
      "INVALID_INPUT",
      `Unknown format ${JSON.stringify(options.format)}: use "text" or "html".`,
    );
  }
  const format = options.format ?? sniffFormat(raw);
  const doc: Doc = newDoc({ input, text: raw, format, options });
  if (format === "html") {
    const page = extractHtml(raw);
    doc.text = page.text;
    doc.hints = page.hints;
    doc.article.captions = page.captions;
  }
  const language = detectLanguage(doc.text);
  doc.article.language = language;
  if (language !== "en") {
    doc.warnings.push(
      language === "und"
        ? "language: could not be determined; treated as English"
        : `language: detected "${language}", not English; people and quotes skipped`,
    );
  }
  return doc;
}
