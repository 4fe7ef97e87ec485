import grammar from "../lexicon/quote-grammar.json" with { type: "json" };
import type { MarkedSpan } from "./marks.ts";

const NAMING_LEADS = grammar.namingLeads.map((w) => w.toLowerCase());
const DETERMINER = /(?:^|\s)(?:a|an|the|its|his|her|their)\s*$/i;
const CAPITALIZED = /^\p{Lu}/u;
const POSSESSOR = /\p{Lu}[\p{L}.]*['’]s\s*$/u;

/**
 * A quotation that names a thing rather than reports words, and so is no one's quote: a nickname
 * between names (Marcia “Cia” Price), a term after "so-called" or "known as" (the so-called
 * “Buffett rule”), or a capitalized name used before a noun (a “Town Hall” forum).
 */
export function namesAThing(text: string, span: MarkedSpan): boolean {
  const content = text.slice(span.start, span.end);
  const words = content.split(/\s+/);
  const before = text.slice(Math.max(0, span.open - 30), span.open);
  // NBC’s “Today,” Channel Nine’s “Morning Desk”: a capitalized name after a possessive is a show.
  if (words.length <= 3 && words.every((w) => CAPITALIZED.test(w)) && POSSESSOR.test(before))
    return true;
  if (words.length > 4 || /[.!?,;:]$/.test(content)) return false;
  const after = text.slice(span.close, span.close + 30);
  const lead = before.toLowerCase().trimEnd();
  if (NAMING_LEADS.some((w) => lead.endsWith(w) || lead.endsWith(`${w} the`))) return true;
  const prevWord = /(\S+)\s*$/.exec(before)?.[1] ?? "";
  const nextWord = /^\s*([^\s,.;:!?]+)/.exec(after)?.[1] ?? "";
  const allCapitalized = words.every((w) => CAPITALIZED.test(w));
  // Marcia “Cia” Price: a nickname.
  if (words.length === 1 && CAPITALIZED.test(prevWord) && CAPITALIZED.test(nextWord)) return true;
  // a “Commander-In-Chief” forum: a name before the noun it modifies.
  return (
    allCapitalized &&
    DETERMINER.test(before) &&
    /^\p{Ll}+$/u.test(nextWord) &&
    !/^\s*[,.]/.test(after)
  );
}
