import type { Token } from "../doc.ts";
import type { PlaceKind } from "../types.ts";
import type { PlaceHit } from "./find.ts";

/** Head words that make a capitalised name a place of some kind: "Kinburn Peninsula", "Azov Sea". */
const HEAD_KINDS: Record<string, PlaceKind> = {
  Peninsula: "peninsula",
  Sea: "sea",
  Ocean: "sea",
  Gulf: "sea",
  Bay: "sea",
  Strait: "sea",
  Island: "other",
  Islands: "other",
  Oblast: "region",
  oblast: "region",
  Province: "region",
  province: "region",
  Region: "region",
  region: "region",
  Governorate: "region",
  Prefecture: "region",
  County: "region",
};
// A Map, not the object: `in` on arbitrary token text is slow and would see "constructor".
const HEADS = new Map(Object.entries(HEAD_KINDS));
// One native scan per sentence instead of a lookup per token.
const HEAD_TEST = new RegExp(`\\b(?:${Object.keys(HEAD_KINDS).join("|")})\\b`);
const MAX_NAME_WORDS = 3;

/** Whether a token starts with a capital letter (ASCII fast path, Unicode otherwise). */
export function isCapitalised(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return c > 127 && /^\p{Lu}/u.test(t.text);
}

function isName(t: Token | undefined): boolean {
  return isCapitalised(t) && t!.type === "word" && t!.text !== "The" && !HEADS.has(t!.text);
}

/** Whether a text holds any head word at all: most sentences do not, and skip the pattern. */
export function hasHeadWord(text: string): boolean {
  return HEAD_TEST.test(text);
}

type Lookup = (tokens: readonly Token[], i: number) => PlaceHit | null;

/**
 * An unlisted place starting at tokens[i]: capitalised words then a head word ("Kinburn
 * Peninsula", "Donetsk region"), or "Gulf of Riga". Returns null when the gazetteer knows a name
 * at least as long, so that listed names keep their country.
 */
export function unnamedPlaceAt(
  tokens: readonly Token[],
  i: number,
  lookup: Lookup,
): PlaceHit | null {
  if (!isName(tokens[i]) || isName(tokens[i - 1]))
    return lookup(tokens, i) ? null : headOfName(tokens, i);
  let j = i;
  while (j < tokens.length && j - i < MAX_NAME_WORDS && isName(tokens[j])) j++;
  const head = tokens[j];
  const kind = head ? HEADS.get(head.text) : undefined;
  if (!kind || (head.text === head.text.toLowerCase() && kind !== "region")) return null;
  const known = lookup(tokens, i);
  if (known && known.next > j) return null;
  const country = known && known.next === j ? known.country : null;
  const name = `${tokens
    .slice(i, j)
    .map((t) => t.text)
    .join(" ")} ${head.text}`;
  return {
    name,
    kind,
    country,
    span: { text: "", start: tokens[i].start, end: head.end },
    next: j + 1,
    inferCountry: country === null && kind !== "sea",
  };
}

/** "Sea of Marmara", "Gulf of Riga": a head word, "of", a capitalised name. */
function headOfName(tokens: readonly Token[], i: number): PlaceHit | null {
  const head = tokens[i];
  const kind = HEADS.get(head.text);
  if (kind !== "sea" || tokens[i + 1]?.text !== "of" || !isName(tokens[i + 2])) return null;
  return {
    name: `${head.text} of ${tokens[i + 2].text}`,
    kind,
    country: null,
    span: { text: "", start: head.start, end: tokens[i + 2].end },
    next: i + 3,
  };
}
