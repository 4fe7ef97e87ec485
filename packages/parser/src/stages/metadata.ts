import type { Doc } from "../doc.ts";

/** Title, date, authors and source. (Foundation issue fills in the formats.) */
export function metadata(doc: Doc): Doc {
  return { ...doc, article: { ...doc.article, title: doc.article.paragraphs[0]?.text ?? null } };
}
