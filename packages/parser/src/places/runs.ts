import type { Doc, Token } from "../doc.ts";
import { tokenizeLine } from "../topics/tokenize-line.ts";

/** A run of tokens to search, with offsets into doc.text, and its text. */
export interface TokenRun {
  tokens: readonly Token[];
  text: string;
}

/**
 * Where places are looked for: the title (when it appears in the text), the body and
 * the captions (a caption's place, e.g. where a photo was taken, is a place of the story). The
 * related stories are never tokenised, so they never add places.
 */
export function textRuns(doc: Doc): TokenRun[] {
  const runs: TokenRun[] = [];
  const title = doc.article.title;
  const at = title ? doc.text.indexOf(title) : -1;
  if (title && at >= 0) {
    const tokens = tokenizeLine(title, doc.sentences).map((t) => ({
      ...t,
      start: t.start + at,
      end: t.end + at,
    }));
    runs.push({ tokens, text: title });
  }
  for (const s of doc.sentences) runs.push({ tokens: s.tokens, text: s.text });
  return runs;
}
