import { ParseError, type ParseOptions, parseArticle } from "@whosaid/parser";

/**
 * Parses one line of a JSONL batch: `{"id", "text" | "html", "format"?, "url"?, "source"?,
 * "publishedAt"?}` → `{"id", ...ParsedArticle}`, or `{"id", "error": {"code", "message"}}`.
 */
export function parseJsonLine(
  line: string,
  lineNo: number,
  maxBytes?: number,
): Record<string, unknown> {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line);
    if (!record || typeof record !== "object" || Array.isArray(record))
      throw new Error("not a JSON object");
  } catch (error) {
    return {
      id: null,
      line: lineNo,
      error: { code: "INVALID_JSON", message: `line ${lineNo}: ${(error as Error).message}` },
    };
  }
  const id = record.id ?? null;
  try {
    const html = typeof record.html === "string" && typeof record.text !== "string";
    const input = html ? record.html : record.text;
    if (typeof input !== "string")
      throw new ParseError("INVALID_INPUT", `line ${lineNo}: needs a "text" or "html" string.`);
    const format =
      record.format === "html" || record.format === "text"
        ? record.format
        : html
          ? "html"
          : undefined;
    const options: ParseOptions = {
      format,
      maxBytes,
      url: str(record.url),
      source: str(record.source),
      publishedAt: str(record.publishedAt),
    };
    return { id, ...parseArticle(input, options) };
  } catch (error) {
    const code = error instanceof ParseError ? error.code : "INTERNAL_ERROR";
    return { id, error: { code, message: (error as Error).message ?? String(error) } };
  }
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v : null;
}
