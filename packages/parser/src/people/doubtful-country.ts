import type { Evidence } from "../types.ts";
import { SETTING_SHARE } from "./context.ts";
import { type KbMatch, roleFits } from "./kb-match.ts";
import { US_STYLE_EVIDENCE } from "./title.ts";

/** What the check reads of a resolved person. */
interface Placed {
  role: string | null;
  kb: KbMatch | null;
  evidence: { country?: Evidence; role?: Evidence };
}

/**
 * Country evidence the story's setting outweighs, in a story set in another country (why, or
 * null): a title US news gives US office-holders ("Attorney General", "Sen.") that Canada,
 * Australia and others have too; a knowledge-base namesake whose office is not the role the text
 * gives ("Harbor Police Commissioner X" and a foreign treasury official of that name) — the
 * setting then places the person; an office a namesake takes only after the article's date — no
 * one then, as the setting is no evidence against it.
 */
export function doubtfulCountry(
  person: Placed,
  context: { value: string; share: number },
): "us style" | "namesake" | "later office" | null {
  const country = person.evidence.country;
  if (!country || country.value === context.value || context.share < SETTING_SHARE) return null;
  if (country.evidence.startsWith(US_STYLE_EVIDENCE)) return "us style";
  if (!country.evidence.startsWith("kb:")) return null;
  if (/^kb:\S+ \(later office\)/.test(country.evidence)) return "later office";
  const stated = person.evidence.role && !person.evidence.role.evidence.startsWith("kb:");
  // A past office is no namesake's: "former secretary of State X, now a candidate" is one person.
  const held = person.kb?.current ? person.kb : null;
  if (stated && held && !roleFits(held.term.position, person.role)) return "namesake";
  return null;
}
