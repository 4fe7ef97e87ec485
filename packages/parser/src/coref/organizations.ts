import type { Doc, Token } from "../doc.ts";
import { findOrganization } from "../kb/index.ts";
import nouns from "../lexicon/coref-nouns.json" with { type: "json" };
import { isUpper } from "../util/token-flags.ts";

const NAME_WORDS = new Set(nouns.organizationNameWords);
const isAcronym = (name: string) => /^[\p{Lu}&.]{2,8}$/u.test(name) && /\p{Lu}.*\p{Lu}/u.test(name);

/**
 * True when a capitalized speaker that is no person names an organization: an acronym
 * ("IRCC"), a name with an organization word ("BC Hydro", "Veterans Affairs Department"), or an
 * organization the knowledge base knows ("Google", "Amnesty International").
 */
export function looksLikeOrganization(name: string): boolean {
  return hasOrganizationForm(name) || findOrganization(name) !== null;
}

/** An acronym, or a name of several words with an organization word ("BC Hydro"): no look-up. */
export function hasOrganizationForm(name: string): boolean {
  if (isAcronym(name)) return true;
  const words = name.split(/\s+/);
  return words.length >= 2 && words.some((w) => NAME_WORDS.has(w));
}

const SMALL = new Set(["and", "of", "for", "the", "&", "on", "in"]);

/**
 * The full name an acronym stands for in this article ("IRCC" → "Immigration, Refugees and
 * Citizenship Canada"), or null. The first written full form whose capitals spell it wins.
 */
export function expandAcronym(text: string, acronym: string): string | null {
  const letters = acronym.replace(/[^\p{Lu}]/gu, "");
  if (!isAcronym(acronym) || letters.length < 2) return null;
  const run =
    /\p{Lu}[\p{L}'’-]*(?:(?:,\s+|\s+)(?:(?:and|of|for|the|&|on|in)\s+)*\p{Lu}[\p{L}'’-]*)+/gu;
  for (const m of text.matchAll(run)) {
    const words = m[0].split(/[\s,]+/);
    // The run may start before the full form ("In Immigration, …"): try every start.
    for (let i = 0; i < words.length; i++) {
      const caps = words.slice(i).filter((w) => !SMALL.has(w));
      if (caps.length < letters.length) break;
      const initials = caps
        .slice(0, letters.length)
        .map((w) => w[0])
        .join("");
      if (initials !== letters) continue;
      let n = 0;
      const kept: string[] = [];
      for (const w of words.slice(i)) {
        kept.push(w);
        if (!SMALL.has(w)) n++;
        if (n === letters.length) break;
      }
      const start = m[0].indexOf(kept[0]);
      const last = kept[kept.length - 1];
      return m[0].slice(start, m[0].indexOf(last, start) + last.length);
    }
  }
  return null;
}

/**
 * The nearest organization named as a subject before `at` in this paragraph or the one before,
 * for "the company said" when the company never spoke before ("Procter & Gamble rallied 6 per
 * cent … The company said"): a capitalized run that a verb follows and no person's mention holds.
 */
export function organizationSubjectBefore(
  doc: Doc,
  at: number,
  paragraph: number,
  isPerson: (start: number, end: number) => boolean,
): { name: string; start: number; end: number } | null {
  for (let si = doc.sentences.length - 1; si >= 0; si--) {
    const s = doc.sentences[si];
    if (s.paragraph < 0 || s.start >= at) continue;
    if (s.paragraph < paragraph - 1) break;
    const found = lastSubjectRun(s.tokens, at);
    if (found && !isPerson(found.start, found.end))
      return { name: doc.text.slice(found.start, found.end), ...found };
  }
  return null;
}

function lastSubjectRun(toks: Token[], at: number): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (let i = 0; i < toks.length && toks[i].end <= at; i++) {
    if (!isUpper(toks[i]) || toks[i].pos !== "PROPN") continue;
    let j = i;
    while (
      j + 1 < toks.length &&
      (isUpper(toks[j + 1]) || (toks[j + 1].text === "&" && j + 2 < toks.length))
    )
      j++;
    const next = toks[j + 1];
    if (next && (next.pos === "VERB" || next.pos === "AUX") && next.end <= at) {
      best = { start: toks[i].start, end: toks[j].end };
    }
    i = j;
  }
  return best;
}

const NAME_RUN =
  /\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.&-]*)*/gu;

/**
 * The last capitalized name in `text` between `from` and `at` that holds `head` as one of its
 * words ("the diocese" → "Roman Catholic Diocese of Covington", "the ministry" → "Ministry of
 * Health"): the relaxed head match of deterministic coreference. `usable` rejects a place (a
 * person's name, a quotation). Null when none.
 */
export function nameWithHeadBefore(
  text: string,
  from: number,
  at: number,
  head: string,
  usable: (start: number, end: number) => boolean,
): { name: string; start: number; end: number } | null {
  const word = head.charAt(0).toUpperCase() + head.slice(1);
  let found: { name: string; start: number; end: number } | null = null;
  for (const m of text.slice(from, at).matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    if (words.length < 2 || !words.includes(word)) continue;
    // "The Diocese of X", "On Saturday, the …": a sentence-opening word is no part of the name.
    const lead = /^(?:The|A|An|On|In|At|But|And)\s+/.exec(m[0]);
    const start = from + (m.index ?? 0) + (lead ? lead[0].length : 0);
    const name = text.slice(start, from + (m.index ?? 0) + m[0].length);
    if (name.split(/\s+/).length >= 2 && usable(start, start + name.length))
      found = { name, start, end: start + name.length };
  }
  return found;
}
