import { isRecordedGivenName, RELATIONS } from "./lexicon.ts";
import { isCapitalized, type Word } from "./words.ts";

/**
 * "his daughter Ana Ruiz", "wife Lena": a relation noun written just before a capitalised run
 * says the run names a person. A full name needs nothing more; a lone word must be a given name
 * ("the son Bank" is no one).
 */
export function afterRelation(words: Word[], from: number, core: Word[]): boolean {
  const relation = (w: Word | undefined) => !!w && !isCapitalized(w) && RELATIONS.has(w.lower);
  // "the widow of Ana Ruiz": a full name only (a lone word after "of" is as often a place).
  if (words[from - 1]?.lower === "of") return core.length > 1 && relation(words[from - 2]);
  return relation(words[from - 1]) && (core.length > 1 || isRecordedGivenName(core[0].text));
}

/** What list confidence needs of a candidate: its place in the text and its words. */
interface Listed {
  start: number;
  end: number;
  words: string[];
  confident: boolean;
}

// Between two names of one list: ", ", " and ", ", and ", " or ", with a tag or a home after the first.
const LIST_GAP =
  /^\s*(?:(?:of|from)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*)?(?:\([^)]{1,12}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/u;

/**
 * "Ana Ruiz and Dieter Hohl also scored": a full name listed with a person's name is a person's
 * too when its first word is a recorded given name (the list says what kind of thing it is; the
 * given name, that it is no bare word). Firms with a given name first ("Morgan Stanley") are
 * left out earlier, by the organization lists.
 */
export function shareListConfidence(candidates: Listed[], text: string, offset: number): void {
  for (let pass = 0; pass < 2; pass++) {
    // Both directions: a list may open with the unsure name ("Dieter Hohl and Ana Ruiz").
    for (let j = 1; j < candidates.length; j++) {
      const [a, b] = [candidates[j - 1], candidates[j]];
      if (a.confident === b.confident) continue;
      if (!LIST_GAP.test(text.slice(a.end - offset, b.start - offset))) continue;
      const unsure = a.confident ? b : a;
      if (unsure.words.length >= 2 && isRecordedGivenName(unsure.words[0])) unsure.confident = true;
    }
  }
}
