import { findOrganization, type Organization } from "../kb/index.ts";
import { ABBREVIATIONS, isGeoName, PLURAL_TITLES, ROLE_HEADS, ROLE_WORDS } from "./lexicon.ts";
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
  /** A party the phrase ties to the person ("Republican Sen.", "(D-N.Y.)", ", a Democrat"). */
  party: { name: string; text: string } | null;
  /** A weak title over a capitalised body nobody knows ("president of Rock the Vote"). */
  unknownBody: boolean;
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
    party: null,
    unknownBody: false,
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
/** "Archæologist" → "archaeologist": role words are listed in plain letters. */
const roleCase = (w: string) => {
  const lower = w.toLowerCase();
  return lower.includes("æ") ? lower.replace(/æ/g, "ae") : lower;
};

export function headOf(words: string[]): RoleInfo["head"] {
  const lower = words.map(roleCase);
  let found: RoleInfo["head"] = null;
  let afterOf = false;
  for (let i = 0; i < lower.length; i++) {
    // "nominee for lieutenant governor", "candidate for mayor": what follows "for" is the
    // office sought or the one served, not the role.
    if (found && lower[i] === "for") break;
    // "president of Vote Forward Now": a capitalised word after "of" belongs to a body's name.
    if (found && afterOf && /^\p{Lu}/u.test(words[i])) continue;
    if (lower[i] === "of") afterOf = true;
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

/** "Then-Secretary" → "Secretary", case kept. */
export const withoutFormerPrefixKeepCase = (w: string) =>
  w.replace(/^(?:ex|then|former)-(?=\p{L})/iu, "");

/** "Sens." → "Sen.", "Representatives" → "Representative": a plural title read as its singular. */
export function singularTitle(w: Word): Word {
  const one = PLURAL_TITLES.get(w.lower);
  if (!one) return w;
  const text = /^\p{Lu}/u.test(w.text) ? one[0].toUpperCase() + one.slice(1) : one;
  return { ...w, text, lower: one };
}

/** True for a plural title that may stand over a list of names ("Sens.", "senators"). */
export const isPluralTitle = (lower: string) => PLURAL_TITLES.has(lower);

/**
 * Splits off an owner before a possessive: ["province", "'s", "chief", "medical", "officer"] →
 * owner "province". Capitalised owners are people or bodies kept in the role ("Adviser to Obama").
 */
export function splitOwner(words: string[]): { owner: string | null; rest: string[] } {
  const at = words.findLastIndex((w) => /^['’]s?$/.test(w));
  if (at <= 0) return { owner: null, rest: words };
  return { owner: words.slice(0, at).join(" "), rest: words.slice(at + 1) };
}

/** The role with a capitalised owner joined after it ("Adviser to Obama"); common-noun owners drop. */
export function withOwner(role: string, owner: string | null): string {
  if (!owner || !/^\p{Lu}/u.test(owner) || /^(the|a|an)\b/i.test(owner)) return role;
  if (isGeoName(owner) || findOrganization(owner)) return role;
  return `${role} to ${owner}`;
}

/**
 * "President of Rock the Vote": a weak title whose "of" names a body that is neither a known
 * organization nor a place. Such a title says nothing of public office.
 */
export function overUnknownBody(roleWords: string[], info: RoleInfo): boolean {
  if (!info.head?.weak || info.org) return false;
  const of = roleWords.findIndex((w) => w.toLowerCase() === "of");
  if (of < 0) return false;
  const domain = roleWords.slice(of + 1).filter((w) => !/^(the|a|an)$/i.test(w));
  if (domain.length === 0 || !/^\p{Lu}/u.test(domain[0])) return false;
  return !isGeoName(domain.join(" ")) && !domain.every((w) => isRoleWord(w.toLowerCase()));
}

export const isRoleWord = (w: string) => {
  if (PLURAL_TITLES.has(w)) return true;
  const bare = withoutFormerPrefix(w.includes("æ") ? roleCase(w) : w);
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
