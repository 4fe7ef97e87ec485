import type { Doc } from "../doc.ts";
import { metadata } from "../stages/metadata.ts";
import { normalize } from "../stages/normalize.ts";
import { people } from "../stages/people.ts";
import { segment } from "../stages/segment.ts";
import { sentences } from "../stages/sentences.ts";
import type { ArticleInfo, Person } from "../types.ts";

/**
 * Runs the stages up to people on a text, with article fields overridden (byline, source, date),
 * so that people tests do not depend on how metadata reads a particular layout. A headline line is
 * put first (metadata reads the first line as the title) unless `article.title` is given.
 */
export function peopleOf(text: string, article: Partial<ArticleInfo> = {}): Person[] {
  // `publishedAt: null` stands for an article with no date.
  const publishedAt =
    article.publishedAt === null ? undefined : (article.publishedAt ?? "2022-11-15");
  let doc: Doc = normalize(article.title === undefined ? `Headline\n\n${text}` : text, {
    publishedAt,
  });
  doc = metadata(segment(doc));
  doc = { ...doc, article: { ...doc.article, language: "en", ...article } };
  if (article.publishedAt === null)
    doc = { ...doc, article: { ...doc.article, publishedAt: null } };
  return people(sentences(doc)).people;
}

/** The person with this name, or a failure message listing who was found. */
export function named(list: Person[], name: string): Person {
  const p = list.find((x) => x.name === name);
  if (!p) throw new Error(`${name} not found among: ${list.map((x) => x.name).join(", ")}`);
  return p;
}
