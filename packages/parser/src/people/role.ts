import { findOrganization, type Organization } from "../kb/index.ts";
import { ABBREVIATIONS, ROLE_HEADS, ROLE_WORDS } from "./lexicon.ts";
import { isCapitalized, joinWords, type Word } from "./words.ts";

/** What a title before a name or an appositive after it says about the person. */
export interface RoleInfo {
  /** Title-cased role ("Foreign Minister"), or null. */
  role: string | null;
  /** Category of the role's head word, and whether the organization should decide instead. */
  head: { category: string; weak: boolean } | null;
  country: string | null;
  /** The words that gave the country ("Ukrainian", "Russia's"). */
  countryText: string | null;
  org: Organization | null;
  /** The organization as written. */
  orgText: string | null;
  /** A place the phrase puts the person or the organization in ("London-based", "in Kyiv"). */
  place: { code: string; text: string } | null;
  former: boolean;
  /** The phrase as written, for evidence. */
  text: string;
}

/** A RoleInfo that says nothing yet about the phrase `text`; parsers fill it in. */
export function emptyRole(text: string): RoleInfo {
  return {
    role: null,
    head: null,
    country: null,
    countryText: null,
    org: null,
    orgText: null,
    place: null,
    former: false,
    text,
  };
}

const SMALL = new Set(["of", "the", "and", "in", "for", "at", "on", "to", "with"]);

/** "senior lecturer of law" → "Senior Lecturer of Law"; abbreviations expanded ("Gen." → "General"). */
export function titleCase(words: string[]): string {
  return words
    .map((w, i) => {
      const abbr = ABBREVIATIONS.get(w.toLowerCase());
      if (abbr) return abbr;
      if (i > 0 && SMALL.has(w.toLowerCase())) return w.toLowerCase();
      return w.replace(
        /(^|-)(\p{L})/gu,
        (_m, sep: string, c: string) => sep + (sep && SMALL.has(c) ? c : c.toUpperCase()),
      );
    })
    .join(" ")
    .replace(/-In-/g, "-in-")
    .replace(/-Of-/g, "-of-");
}

/** Longest head phrase in the role words, rightmost first: its category decides the role's. */
export function headOf(words: string[]): RoleInfo["head"] {
  const lower = words.map((w) => w.toLowerCase());
  let found: RoleInfo["head"] = null;
  for (let i = 0; i < lower.length; i++) {
    for (let j = lower.length; j > i; j--) {
      const h = ROLE_HEADS.get(lower.slice(i, j).join(" "));
      if (h && (!found || !h.weak || found.weak)) {
        found = h;
        i = j - 1;
        break;
      }
    }
  }
  return found;
}

/** "ex-prime" → "prime": the prefix only says the role is past. */
export const withoutFormerPrefix = (w: string) => w.replace(/^(?:ex|then|former)-(?=\p{L})/u, "");

export const isRoleWord = (w: string) => {
  const bare = withoutFormerPrefix(w);
  return ROLE_WORDS.has(bare) || ABBREVIATIONS.has(bare) || ROLE_HEADS.has(bare);
};

/** Finds the longest known organization among the capitalised stretches of the words. */
export function findOrgIn(
  words: Word[],
): { org: Organization; text: string; from: number; to: number } | null {
  for (let len = Math.min(words.length, 7); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const span = words.slice(i, i + len);
      if (!isCapitalized(span[0]) || !isCapitalized(span[span.length - 1])) continue;
      const text = joinWords(span);
      const org = findOrganization(text);
      if (org && org.kind !== "platform") return { org, text, from: i, to: i + len };
    }
  }
  return null;
}
