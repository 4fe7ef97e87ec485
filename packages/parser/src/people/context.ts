import type { Doc } from "../doc.ts";
import { sentencePlaceAt } from "../places/find.ts";
import type { Evidence } from "../types.ts";

const MIN_PLACES = 3;
/** Share of the places in the leading country that places anyone the text does not. */
export const SETTING_SHARE = 0.67;
/** Share that places an official or a party figure: local offices serve the setting. */
export const OFFICIAL_SETTING_SHARE = 0.5;

/**
 * The country most of the article's places (or demonyms, from the gazetteer; at least three) are
 * in, with its share of them. The weakest country evidence: used only for people nothing else
 * places, and only when the share is high enough for the kind of person.
 */
export function contextCountry(doc: Doc): (Evidence & { share: number }) | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const s of doc.sentences) {
    if (s.paragraph < 0) continue;
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const c = tokens[i].text.charCodeAt(0);
      if (c < 65 || c > 90) continue;
      const hit = sentencePlaceAt(tokens, i);
      if (!hit?.country) continue;
      counts.set(hit.country, (counts.get(hit.country) ?? 0) + 1);
      total++;
      i = hit.next - 1;
    }
  }
  if (total < MIN_PLACES) return null;
  const [code, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (n / total < Math.min(SETTING_SHARE, OFFICIAL_SETTING_SHARE)) return null;
  return {
    share: n / total,
    value: code,
    evidence: `context: ${n} of ${total} places named in the article are in ${code}`,
  };
}
