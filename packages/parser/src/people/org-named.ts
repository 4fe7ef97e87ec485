import { findOrganization, type Organization, type OrgKind } from "../kb/index.ts";
import type { PersonCategory } from "../types.ts";
import { bodyOf } from "./category.ts";
import { countryOfDemonym, countryOfName } from "./lexicon.ts";
import { isCapitalized, joinWords, type Word } from "./words.ts";

// Lower-case words that may join the words of a body's name ("Centre for the Common Interest").
const JOINING = new Set(["of", "for", "the", "and", "on"]);

/** The kind of organization a body of each category is. */
export const KIND_OF: Partial<Record<PersonCategory, OrgKind>> = {
  business: "company",
  civil_society: "nonprofit",
  expert: "university",
  government: "government",
  legislature: "government",
  judiciary: "government",
  military: "military",
  party: "party",
  media: "media",
};

/**
 * An organization the knowledge base does not know, named after "at" or "with": the capitalised
 * name that ends the phrase ("Dixon Hall", "the Swedish shipping company Stena Line"), whole, with
 * a kind and country when the words before it give them. Null when no whole name ends the phrase.
 */
export function organizationNamed(words: Word[]): { org: Organization; text: string } | null {
  let start = words.length;
  while (start > 0) {
    if (isCapitalized(words[start - 1])) start--;
    // "Centre for the Common Interest": joining words inside the name, a capitalised word before.
    else if (JOINING.has(words[start - 1].lower) && start < words.length) {
      let k = start - 1;
      while (k > 0 && JOINING.has(words[k - 1].lower)) k--;
      if (k > 0 && isCapitalized(words[k - 1]) && words[k - 1].lower !== "the") start = k;
      else break;
    } else break;
  }
  // "the U.S.-based Centre …": where a body is based is no part of its name.
  while (start < words.length - 1 && /-based$/i.test(words[start].text)) start++;
  if (start === words.length) return null;
  const name = words.slice(start);
  // "the Swedish": a demonym alone is not a name.
  if (name.length === 1 && countryOfDemonym(name[0].text)) return null;
  const text = joinWords(name);
  // "head of policy at Facebook": a body the knowledge base knows keeps its kind and country.
  const known = findOrganization(text);
  if (known) return { org: known, text: joinWords(words) };
  const before = words.slice(0, start).map((w) => w.text);
  const body = bodyOf(before) ?? bodyOf(name.map((w) => w.text));
  const place = before.map((w) => countryOfDemonym(w) ?? countryOfName(w)).find(Boolean);
  return {
    org: {
      name: text,
      country: place ?? null,
      kind: (body && KIND_OF[body.category]) ?? "other",
      wikidataId: null,
      source: "text",
    },
    text: joinWords(words),
  };
}
