import type { Doc } from "../doc.ts";
import { gazetteerAt } from "../places/find.ts";
import type { Evidence } from "../types.ts";

const MIN_PLACES = 3;
const MIN_SHARE = 0.9;

/**
 * The country the article's body is about when that is unambiguous: at least three places (or
 * demonyms) from the gazetteer and nine in ten of them in one country. The weakest country evidence:
 * used only for people nothing else places.
 */
export function contextCountry(doc: Doc): Evidence | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const s of doc.sentences) {
    if (s.paragraph < 0) continue;
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const c = tokens[i].text.charCodeAt(0);
      if (c < 65 || c > 90) continue;
      const hit = gazetteerAt(tokens, i);
      if (!hit?.country) continue;
      counts.set(hit.country, (counts.get(hit.country) ?? 0) + 1);
      total++;
      i = hit.next - 1;
    }
  }
  if (total < MIN_PLACES) return null;
  const [code, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (n / total < MIN_SHARE) return null;
  return {
    value: code,
    evidence: `context: ${n} of ${total} places named in the article are in ${code}`,
  };
}
