import { countryOfCity, countryOfName } from "./lexicon.ts";
import type { Word } from "./words.ts";

const STOP = new Set([",", ".", ";", ":", ")", "(", "—", "–", '"', "“", "”", "?", "!"]);
export const OPENERS = new Set([
  "a",
  "an",
  "the",
  "former",
  "then",
  "ex",
  "now",
  "currently",
  "also",
  "current",
  "incumbent",
]);
export const CLAUSE_PREPS = new Set([
  "for",
  "to",
  "with",
  "on",
  "from",
  "since",
  "who",
  "that",
  "whose",
  "about",
  "over",
]);
export const ORG_PREPS = new Set(["at", "with", "for", "from", "of"]);

// "who" opens a relative clause; "WHO" in capitals is an acronym ("the Director-General of the WHO").
const relativeWho = (w: Word) => w.lower === "who" && w.text !== "WHO";

/** Words of an appositive starting at `from` (just after a comma), up to the next stop mark. */
export function phraseAt(words: Word[], from: number): Word[] {
  let to = from;
  while (to < words.length && !STOP.has(words[to].text) && !relativeWho(words[to])) to++;
  return words.slice(from, to);
}

/** Where a place named in the phrase is ("London-based" → GB, "in the United Kingdom" → GB). */
export function placeCountry(phrase: Word[]): { code: string; text: string } | null {
  for (let i = 0; i < phrase.length; i++) {
    const based = /^(.+)-based$/i.exec(phrase[i].text);
    const name = based ? based[1] : null;
    const code = name ? (countryOfCity(name) ?? countryOfName(name)) : undefined;
    if (code) return { code, text: phrase[i].text };
    if (phrase[i].lower === "in" && phrase[i + 1]) {
      const rest = phrase
        .slice(i + 1)
        .filter((w) => w.lower !== "the")
        .map((w) => w.text);
      for (let n = Math.min(3, rest.length); n >= 1; n--) {
        const place = rest.slice(0, n).join(" ");
        const c = countryOfName(place) ?? countryOfCity(place);
        if (c) return { code: c, text: `in ${place}` };
      }
    }
  }
  return null;
}
