import type { Token } from "../doc.ts";
import { gazetteerAt } from "../places/find.ts";
import { US_STATE_ABBREVIATIONS } from "./lexicon.ts";
import { emptyRole, type RoleInfo } from "./role.ts";
import { isCapitalized, joinWords, type Word } from "./words.ts";

// What may follow a home place: the clause goes on, or the sentence ends.
const CLOSES = new Set([",", ".", ";", ":", ")", "—", "–"]);

/**
 * "Dana Pike, of Calgary,", "Dana Pike of Reno, Nev., said", "Dana Pike, 44, from Leeds": the
 * place a person is from, written after the name; it places an ordinary person in its country.
 * Only a whole capitalised run the gazetteer knows counts ("Dana Pike of Georgia Tech" is an
 * employer), with a US state's abbreviation after it. Null when there is none.
 */
export function homePlace(words: Word[], to: number): RoleInfo | null {
  let k = to;
  if (words[k]?.text === ",") {
    k++;
    // ", 44, of Springfield": an age between the name and the place.
    if (/^\d{1,3}$/.test(words[k]?.text ?? "") && words[k + 1]?.text === ",") k += 2;
  }
  if (words[k]?.lower !== "of" && words[k]?.lower !== "from") return null;
  const start = k + 1;
  let end = start;
  while (end < words.length && isCapitalized(words[end])) end++;
  if (end === start) return null;
  const hit = gazetteerAt(words as unknown as Token[], start);
  // "Sen. Ada Marsh of Georgia", "King Omar of Jordan": after "of", a country's name is as often
  // a US state's or a title's domain; a town or a region is a home, and so is "from" a country.
  const fits = hit?.kind === "country" ? words[k].lower === "from" : hit?.kind !== "sea";
  let code = hit && hit.next === end && fits ? hit.country : null;
  let last = end;
  const comma = words[end]?.text === "," ? 1 : 0;
  const state = words[end + comma];
  const region = comma && state ? gazetteerAt(words as unknown as Token[], end + 1) : null;
  if (state && US_STATE_ABBREVIATIONS.has(state.lower)) {
    // "of Springfield, Ill.": a town the gazetteer may not know, in a US state.
    if (code === null || code === "US") code = "US";
    last = end + comma + 1;
  } else if (region?.country && (region.kind === "region" || region.kind === "country")) {
    // "of Dayton, Ohio", "of Kobe, Japan": the town's region or country says where.
    if (code === null || code === region.country) code = region.country;
    last = region.next;
  }
  if (
    !code ||
    !(last >= words.length || CLOSES.has(words[last].text) || words[last].pos === "VERB")
  )
    return null;
  const text = joinWords(words.slice(start, last));
  return { ...emptyRole(joinWords(words.slice(k, last))), place: { code, text } };
}
