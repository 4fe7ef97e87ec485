import { type Doc, emptyArticle, newDoc } from "../doc.ts";
import { sentences } from "../stages/sentences.ts";

/** The parts of an article, for building a Doc in tests and evaluations without the segmenter. */
export interface ArticleParts {
  title?: string | null;
  publishedAt?: string | null;
  paragraphs: string[];
  captions?: string[];
  related?: { title: string; summary: string | null }[];
}

/**
 * A tokenised Doc whose text is the title, paragraphs and captions joined by blank lines, with
 * offsets that point into that text; the sentences stage then runs on it as in the pipeline.
 */
export function makeDoc(parts: ArticleParts): Doc {
  let text = parts.title ? `${parts.title}\n\n` : "";
  const place = (s: string) => {
    const start = text.length;
    text += `${s}\n\n`;
    return { text: s, start, end: start + s.length };
  };
  const paragraphs = parts.paragraphs.map(place);
  const captions = (parts.captions ?? []).map((c) => ({ ...place(c), credit: null }));
  const article = {
    ...emptyArticle(),
    title: parts.title ?? null,
    publishedAt: parts.publishedAt ?? null,
    paragraphs,
    captions,
    relatedStories: parts.related ?? [],
    language: "en",
  };
  const doc: Doc = newDoc({ input: text, text, format: "text", options: {}, article });
  return sentences(doc);
}
