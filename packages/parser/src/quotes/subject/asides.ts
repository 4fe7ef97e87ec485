import type { Token } from "../../doc.ts";
import { DETS, isCap, npToken, PORTIONS, phraseEndingAt } from "./phrase.ts";

/** ", for instance," / ", however,": a short aside before the verb; returns its opening comma. */
export function shortAside(toks: Token[], comma: number, floor: number): number {
  for (let k = comma - 1; k >= Math.max(floor, comma - 4); k--) {
    if (toks[k].text !== ",") continue;
    const first = toks[k + 1];
    const aside = first.pos === "ADV" || (first.pos === "ADP" && toks[k + 2]?.pos !== "DET");
    return aside && k + 1 < comma ? k : -1;
  }
  return -1;
}

/** ", during a town hall in Columbus, Ohio,": a verbless prepositional aside; its opening comma. */
export function prepositionalAside(toks: Token[], comma: number, floor: number): number {
  for (let k = comma - 1; k > floor && k >= comma - 16; k--) {
    const t = toks[k];
    if (t.pos === "VERB" || t.pos === "AUX" || (t.type === "punctuation" && t.text !== ","))
      return -1;
    if (t.text !== ",") continue;
    const next = toks[k + 1];
    // ", of Huntsville, Ala.,": where someone is from, after a name or an age.
    const origin = next.normal === "of" && isCap(toks[k + 2] ?? next);
    if (next.pos === "ADP" && (next.normal !== "of" || origin) && npToken(toks[k - 1])) return k;
    if (!isCap(next)) return -1;
  }
  return -1;
}

/** "Sen. Chuck Schumer (D-N.Y.) said": the token before a parenthesis that ends at `j`. */
export function skipParenthesis(toks: Token[], j: number, floor: number): number {
  if (toks[j]?.text !== ")") return j;
  let k = j - 1;
  while (k > floor && k > j - 8 && toks[k].text !== "(") k--;
  return toks[k]?.text === "(" ? k - 1 : floor - 1;
}

/** True when the phrase ending at `j` is a proper noun phrase that could head an appositive chain. */
export function leadsNounPhrase(toks: Token[], j: number, floor: number): boolean {
  const sp = j >= floor ? phraseEndingAt(toks, j, floor) : null;
  return sp?.kind === "name" && (sp.first === floor || !npToken(toks[sp.first - 1]));
}

export function appositiveStart(toks: Token[], comma: number, floor: number): number {
  for (let k = comma - 1; k >= Math.max(floor, comma - 30); k--) {
    if (toks[k].text === ";" || toks[k].text === ":" || /^["“”]$/.test(toks[k].text)) return -1;
    if (toks[k].text !== ",") continue;
    const next = toks[k + 1];
    const before = toks[k - 1];
    const appositive =
      DETS.has(next.normal) ||
      next.pos === "DET" ||
      next.pos === "NUM" ||
      (next.pos === "VERB" && next.normal.endsWith("ing")) ||
      next.pos === "NOUN" ||
      // "eBay’s founder", "i.Sound’s founder": a brand written in lower case.
      next.pos === "PROPN" ||
      next.pos === "ADJ" ||
      next.normal === "who" ||
      next.normal === "whose" ||
      // "X, the head of Y, which represents Z, urged": a relative clause on the chain's last noun.
      next.normal === "which" ||
      isCap(next) ||
      // ", now director of …,", ", formerly an aide,": an adverb before the appositive's noun.
      (next.pos === "ADV" && /^(?:NOUN|DET|ADJ|NUM)$/.test(toks[k + 2]?.pos ?? ""));
    // An appositive has no verb of its own, unless it is a relative clause ("who led …").
    const relative = next.normal === "who" || next.normal === "whose" || next.normal === "which";
    const segment = toks.slice(k + 1, comma);
    const rel = segment.findIndex(
      (t) => t.normal === "that" || t.normal === "who" || t.normal === "which",
    );
    if (
      !relative &&
      segment.slice(0, rel < 0 ? segment.length : rel).some(
        (t, i, seg) =>
          t.pos === "AUX" ||
          (t.pos === "VERB" &&
            !/(?:ing|ed|en)$/.test(t.normal) &&
            !isCap(t) &&
            seg[i - 1]?.text !== "-" &&
            seg[i - 1]?.pos !== "DET" &&
            // "attorney for one of the groups to file suit": an infinitive modifies a noun.
            (seg[i - 1]?.normal !== "to" || seg[0].pos === "VERB")),
      )
    )
      return -1;
    return appositive &&
      before &&
      (isCap(before) ||
        before.text === ")" ||
        before.pos === "NOUN" ||
        before.pos === "PROPN" ||
        before.pos === "NUM" ||
        PORTIONS.has(before.normal))
      ? k
      : -1;
  }
  return -1;
}
