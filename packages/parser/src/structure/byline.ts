import particles from "../lexicon/name-particles.json" with { type: "json" };
import bylineWords from "../lexicon/structure-byline.json";
import captions from "../lexicon/structure-captions.json";
import publishers from "../lexicon/structure-publishers.json";

/** Words that may stand lower-case inside a personal name ("Ursula von der Leyen"). */
const PARTICLES = new Set(particles.particles);
const NOT_NAME = new Set(bylineWords.notNameWords);
/** Words that make a credited name a newsroom or an agency ("Valley News", "Agence France-Presse"). */
const AGENCY_WORDS = new Set(bylineWords.agencyWords);
/** Publishers and agencies that bylines name beside the people ("By Jane Roe, Reuters"). */
const ORGANISATIONS = new Set(
  [...Object.values(publishers as Record<string, string>), ...captions.agencies].map((s) =>
    s.toLowerCase(),
  ),
);
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|Jr\.?|Sr\.?|II|III|IV)$/u;
const BY = /^by\s+/i;
const SEPARATORS = /\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|,\s*|\s*\|\s*|;\s*|\s+[–—-]\s+)\s*/;

/** A byline read into its people and the publishers or agencies it credits. */
export interface BylineParts {
  names: string[];
  organisations: string[];
}

/**
 * Reads a byline such as "By Jane Roe and John Doe" or "A and B and C" into a list of names.
 * After "By", parts naming a publisher or a role ("Reuters", "Senior Reporter") are left out;
 * otherwise any part that is not a name means the line is not a byline (null).
 */
export function parseByline(line: string): string[] | null {
  return readByline(line)?.names ?? null;
}

/**
 * Like {@link parseByline}, but keeps the publishers and agencies a "By" line credits beside the
 * people ("By Jane Roe, Reuters" → Reuters); a role ("Staff Writer") is neither. A "By" line
 * crediting only an agency ("By PTI") is a byline with no people.
 */
export function readByline(line: string): BylineParts | null {
  const s = line.trim();
  if (s.length < 3 || s.length > 200) return null;
  const hasBy = BY.test(s);
  const parts = (hasBy ? s.replace(BY, "") : s).split(SEPARATORS).filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 8) return null;
  const names: string[] = [];
  const organisations: string[] = [];
  for (const part of parts) {
    if (isName(part)) names.push(part);
    else if (!hasBy) return null;
    else if (isAgency(part)) organisations.push(part);
    else if (!isOrganisationOrRole(part)) return null;
  }
  // Without "By", one bare name is too weak a signal: it could be a heading or a name on its own.
  if (!hasBy && names.length < 2) return null;
  if (names.length === 0 && organisations.length === 0) return null;
  return { names, organisations };
}

/** A publisher or news agency, as credited in a byline or an author field ("Reuters", "PTI", "The Associated Press"). */
export function isAgency(part: string): boolean {
  const lower = part
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, "");
  if (ORGANISATIONS.has(lower) || ORGANISATIONS.has(`the ${lower}`)) return true;
  // Wire services go by short capitals (PTI, IANS, ANI, APA); a newsroom by its own words.
  if (/^\p{Lu}{2,5}$/u.test(part.trim())) return true;
  return lower.split(/[\s-]+/).some((w) => AGENCY_WORDS.has(w));
}

/** True for 2–5 words that are capitalised (or initials, or name particles). */
export function isName(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  let capitals = 0;
  for (const w of words) {
    if (NOT_NAME.has(w.toLowerCase())) return false;
    if (NAME_WORD.test(w)) capitals++;
    else if (!PARTICLES.has(w)) return false;
  }
  return capitals >= 2 && NAME_WORD.test(words[words.length - 1]);
}

/** True for a publisher, an agency or a role ("Reuters", "NBC News", "Staff Writer"), not a person. */
export function isOrganisationOrRole(part: string): boolean {
  const lower = part.toLowerCase().replace(/^the\s+/, "");
  if (ORGANISATIONS.has(lower) || ORGANISATIONS.has(`the ${lower}`)) return true;
  return lower.split(/\s+/).some((w) => NOT_NAME.has(w));
}
