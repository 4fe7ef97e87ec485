import type { Organization, OrgKind } from "../kb/index.ts";
import bodies from "../lexicon/people-bodies.json" with { type: "json" };
import { OFFICIAL_CATEGORIES, type PersonCategory } from "../types.ts";

const ORG_CATEGORY: Record<OrgKind, PersonCategory> = {
  government: "government",
  military: "military",
  party: "party",
  international: "international",
  thinktank: "expert",
  university: "expert",
  nonprofit: "civil_society",
  healthcare: "unknown",
  media: "media",
  company: "business",
  platform: "business",
  other: "unknown",
};

// Government bodies that are chambers or courts: their people are legislators and judges.
const LEGISLATIVE =
  /\b(senate|house of|congress|parliament|duma|rada|bundestag|knesset|assembly|legislature|(?:lok|rajya|vidhan) sabha|dáil|dail|storting|riksdag|sejm|folketing|eduskunta|oireachtas)\b/i;
// Courts and public prosecutors ("Director of Public Prosecutions") are the judiciary.
const COURT = /\b(court|tribunal|prosecutions?|prosecutors?)\b/i;

/** Category of the people of an organization ("Senate" → legislature, a company → business). */
export function categoryOfOrg(org: Organization): PersonCategory {
  const kind = ORG_CATEGORY[org.kind];
  if (kind !== "government") return kind;
  if (COURT.test(org.name)) return "judiciary";
  return LEGISLATIVE.test(org.name) ? "legislature" : "government";
}

// Common nouns naming the body a role belongs to, by the category of its people (data: see the
// file's "about").
const BODY_WORDS = new Map<string, PersonCategory>(
  Object.entries(bodies.bodies).flatMap(([category, words]) =>
    words.map((w) => [w, category as PersonCategory] as const),
  ),
);

/** The body word of a role phrase, last one first ("state party chairman" → party). */
export function bodyOf(words: string[]): { word: string; category: PersonCategory } | null {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i].toLowerCase().replace(/['’]s$/, "");
    const pair = i > 0 ? `${words[i - 1].toLowerCase()} ${w}` : "";
    const triple = i > 1 ? `${words[i - 2].toLowerCase()} ${pair}` : "";
    const three = triple ? BODY_WORDS.get(triple) : undefined;
    if (three) return { word: triple, category: three };
    const both = pair ? BODY_WORDS.get(pair) : undefined;
    if (both) return { word: pair, category: both };
    const one = BODY_WORDS.get(w);
    if (one) return { word: words[i], category: one };
  }
  return null;
}

/** True for a category of public office. */
export const isOfficialCategory = (c: PersonCategory | null): boolean =>
  c !== null && OFFICIAL_CATEGORIES.includes(c);
