/** Words that may stand lower-case inside a personal name ("Ursula von der Leyen"). */
const PARTICLES = new Set([
  "de",
  "del",
  "della",
  "der",
  "den",
  "di",
  "da",
  "dos",
  "du",
  "la",
  "le",
  "van",
  "von",
  "bin",
  "al",
  "el",
  "ibn",
  "y",
]);
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|Jr\.?|Sr\.?|II|III|IV)$/u;
const BY = /^by\s+/i;
const SEPARATORS = /\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|,\s*|\s*\|\s*|;\s*)\s*/;

/**
 * Reads a byline such as "By Jane Roe and John Doe" or "A and B and C" into a list of names.
 * Returns null when the line is not a byline (any part that is not a name rejects it).
 */
export function parseByline(line: string): string[] | null {
  const s = line.trim();
  if (s.length < 3 || s.length > 200) return null;
  const hasBy = BY.test(s);
  const rest = hasBy ? s.replace(BY, "") : s;
  const parts = rest.split(SEPARATORS).filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 8) return null;
  // Without "By", one bare name is too weak a signal: it could be a heading or a name on its own.
  if (!hasBy && parts.length < 2) return null;
  const names: string[] = [];
  for (const part of parts) {
    if (!isName(part)) return null;
    names.push(part);
  }
  return names;
}

/** True for 2–5 words that are capitalised (or initials, or name particles). */
export function isName(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  let capitals = 0;
  for (const w of words) {
    if (NAME_WORD.test(w)) capitals++;
    else if (!PARTICLES.has(w)) return false;
  }
  return capitals >= 2 && NAME_WORD.test(words[words.length - 1]);
}
