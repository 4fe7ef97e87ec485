import type { Doc } from "../doc.ts";
import { buildPeople } from "../people/build.ts";

/**
 * Finds the people of the article (body, captions, byline and photo credits; never related
 * stories), merges the ways each is named, and decides role, organization, country and category
 * with evidence. Articles in a language other than English get no people.
 */
export function people(doc: Doc): Doc {
  const lang = doc.article.language;
  if (lang !== "en" && lang !== "und") return { ...doc, people: [] };
  return { ...doc, people: buildPeople(doc) };
}
