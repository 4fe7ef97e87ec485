import { type ParsedArticle, parseArticle } from "@whosaid/parser";

/** What a parser worker receives. */
export interface ParseRequest {
  input: string;
  format?: "text" | "html";
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
}

/** What it answers: the parsed article, or why it could not be parsed. */
export type ParseReply = { parsed: ParsedArticle } | { error: string };

/** Parses one input, turning any exception into an error reply (a bad file never stops a run). */
export function parseOne(request: ParseRequest): ParseReply {
  try {
    const parsed = parseArticle(request.input, {
      format: request.format,
      url: request.url,
      source: request.source,
      publishedAt: request.publishedAt,
    });
    if (!parsed.text.trim()) return { error: "no article text found" };
    return { parsed };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
