import type { Token } from "../doc.ts";
import grammar from "../lexicon/quote-grammar.json" with { type: "json" };
import { gazetteerAt } from "../places/find.ts";
import { classify, isCap, npToken, type SpeakerPhrase } from "./subject/phrase.ts";

// Shapes of sentences that report speech, beyond the subject-phrase grammar: where a sentence
// really starts, which words a reported clause may open with, and who a long subject names.

/**
 * "Sen. Rand Paul (R-Ky.) said …": a sentence cut after an abbreviation in parentheses, or inside
 * them ("Rep. Gregory Meeks (D-N.Y.), chairman …, said").
 */
export function joinedStarts(toks: Token[], starts: number[]): number[] {
  return starts.filter(
    (s, i) =>
      i === 0 ||
      ((toks[s - 1]?.text !== ")" || !/^[\p{Ll},;]/u.test(toks[s].text)) &&
        !insideParenthesis(toks, starts[i - 1], s)),
  );
}

/** True when a "(" in [from, to) is still open at `to` and closes within a few tokens. */
function insideParenthesis(toks: Token[], from: number, to: number): boolean {
  let open = false;
  for (let k = Math.max(from, to - 8); k < to; k++) {
    if (toks[k].text === "(") open = true;
    else if (toks[k].text === ")") open = false;
  }
  if (!open) return false;
  for (let k = to; k < Math.min(toks.length, to + 4); k++) if (toks[k].text === ")") return true;
  return false;
}

/** True when a verb or auxiliary lies in tokens [from, to). */
export function hasVerb(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k].pos === "VERB" || toks[k].pos === "AUX") return true;
  return false;
}

/**
 * "he said “budget reforms” and the collection of taxes would …": a quoted phrase (not a quoted
 * sentence) after which the clause goes on in the writer's words.
 */
export function quotedPhraseGoesOn(toks: Token[], from: number, end: number): boolean {
  for (let q = from + 1; q < Math.min(end - 1, from + 12); q++) {
    if (!/^["”’»]$/.test(toks[q].text)) continue;
    return toks[q - 1].type !== "punctuation" && toks[q + 1].type === "word";
  }
  return false;
}

/** The listener after "told" ("POLITICO", "a Senate panel", "reporters"): the token after it. */
export function afterListener(toks: Token[], k: number, end: number): number {
  let j = k;
  while (j < end && j - k < 6 && (npToken(toks[j]) || toks[j].normal === "of")) j++;
  return j;
}

/**
 * "Elward Edd, an official at the housing authority, which has a backlog of repairs, said …":
 * an appositive too long for the subject grammar. The name that opens the sentence, set off by a
 * comma, is the subject of a ", said" when no quotation or clause break (";", ":") lies between.
 */
export function leadingName(toks: Token[], s: number, c: number): SpeakerPhrase | null {
  // "…, has since said": auxiliaries and adverbs between the comma and the cue.
  let tag = c;
  while (tag - 1 > s && tag > c - 3 && /^(?:AUX|ADV)$/.test(toks[tag - 1].pos)) tag--;
  if (toks[tag - 1]?.text !== "," || c - s > 45) return null;
  let k = s;
  while (k < c && isCap(toks[k]) && toks[k].type === "word") k++;
  const last = k - 1;
  // "Rep. Dana Cole (D-Ore.), chair of …, said": a party tag between the name and its comma.
  if (toks[k]?.text === "(") {
    let close = k + 1;
    while (close < c && close - k < 8 && toks[close].text !== ")") close++;
    if (toks[close]?.text === ")") k = close + 1;
  }
  if (k === s || last - s > 4 || toks[k]?.text !== ",") return null;
  const name = classify(toks, s, last);
  if (name?.kind !== "name") return null;
  for (let j = k; j < c; j++) if (/^[;:"“”]$/.test(toks[j].text)) return null;
  return name;
}

/** "Dayton, Ohio", "Enid, Okla.": a state or country after a comma and a capitalized place. */
export function placeInAppositive(toks: Token[], p: SpeakerPhrase): boolean {
  if (p.kind !== "name" || p.last - p.first > 2) return false;
  const comma = toks[p.first - 1];
  const before = toks[p.first - 2];
  if (comma?.text !== "," || !before || !isCap(before) || before.type !== "word") return false;
  const abbreviation = p.first === p.last && /^\p{Lu}\p{Ll}{1,4}\.$/u.test(toks[p.first].text);
  return abbreviation || gazetteerAt(toks, p.first)?.next === p.last + 1;
}

/** A description set off by a comma ("…, a retired nurse in Erie"): an appositive, not a subject. */
export const labelAfterComma = (toks: Token[], p: SpeakerPhrase) =>
  p.kind === "label" && toks[p.first - 1]?.text === ",";

/**
 * "a new group called Unity Now", "a website called The Daily Ledger": "called" after an
 * indefinite noun phrase names a thing; nobody speaks.
 */
export function namesWithCalled(toks: Token[], s: number, c: number): boolean {
  if (toks[c].normal !== "called" || !/^[\p{Lu}"“']/u.test(toks[c + 1]?.text ?? "")) return false;
  for (let k = c - 1; k >= Math.max(s, c - 4); k--) {
    const t = toks[k];
    if (t.normal === "a" || t.normal === "an") return k < c - 1;
    if (t.pos !== "NOUN" && t.pos !== "ADJ" && t.pos !== "PROPN") return false;
  }
  return false;
}

const TIME_WORDS = new Set(grammar.timeWords);
const LEAD_SUBORDINATORS = new Set([...grammar.subordinators, ...grammar.trailingAdjunctLeads]);

/**
 * "Asked what he wants, Roe said, “…”", "On Thursday, after the vote, she said, “…”": the words
 * before a tag that a quotation follows set the scene (a participle, a preposition, a
 * subordinate clause, a time) and are no statement of their own; "The levy is dead, she said,
 * “…”" is one.
 */
export function leadSetsScene(toks: Token[], s: number): boolean {
  const t = toks[s];
  if (TIME_WORDS.has(t.normal) || LEAD_SUBORDINATORS.has(t.normal)) return true;
  return t.pos === "ADP" || t.pos === "SCONJ" || t.pos === "VERB" || t.pos === "ADV";
}
