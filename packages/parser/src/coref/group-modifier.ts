import type { Token } from "../doc.ts";
import type { SpeakerPhrase } from "../quotes/subject/phrase.ts";

const BEFORE = 1200;
const AFTER = 500;
// Quantities and vague words say nothing about which group: "the two leaders", "the other men".
const VAGUE = new Set(["other", "many", "several", "some", "few", "two", "three", "both", "same"]);

/**
 * "the hereditary leaders" when the article names "Wet'suwet'en hereditary chiefs" nearby: a
 * definite plural description with a lower-case modifier is the named group (a capitalized name
 * before a plural noun) that shares the modifier, written outside quotation marks within a few
 * paragraphs before the mention or one after it; the nearest wins. The relaxed head match of
 * deterministic coreference, for groups. Returns the group's words as written, or null.
 */
export function namedGroupWithModifier(
  text: string,
  toks: Token[],
  phrase: SpeakerPhrase,
  at: number,
  isQuoted: (at: number) => boolean,
): { name: string; start: number } | null {
  const first = toks[phrase.first];
  const head = toks[phrase.last];
  if (first.normal !== "the" || phrase.last - phrase.first < 2) return null;
  if (!/^\p{Ll}+s$/u.test(head.text)) return null;
  const modifiers = toks.slice(phrase.first + 1, phrase.last);
  if (!modifiers.every((t) => /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && !VAGUE.has(t.normal)))
    return null;
  const mod = modifiers.map((t) => t.text).join(" ");
  const pattern = new RegExp(
    String.raw`(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*\s+${mod}\s+\p{Ll}+s\b`,
    "gu",
  );
  const from = Math.max(0, at - BEFORE);
  let best: { name: string; start: number } | null = null;
  for (const m of text.slice(from, at + AFTER).matchAll(pattern)) {
    const start = from + (m.index ?? 0);
    if (start === at || isQuoted(start)) continue;
    // "On Tuesday hereditary chiefs": a sentence-opening word is no part of the name.
    const name = m[0].replace(/^(?:The|A|On|In|At|But|And)\s+/, "");
    const s = start + m[0].length - name.length;
    if (!best || Math.abs(s - at) < Math.abs(best.start - at)) best = { name, start: s };
  }
  return best;
}
