import type { Sentence } from "../doc.ts";
import { findOrganization } from "../kb/index.ts";
import type { Mention } from "../types.ts";
import { countryOfDemonymWord, countryOfName, FORMER } from "./lexicon.ts";
import { headOf, isRoleWord, type RoleInfo } from "./role.ts";
import { parseTitle } from "./title.ts";
import { isCapitalized, isPossessive, toWords, type Word } from "./words.ts";

/** A definite description in the running text: "The Republican presidential nominee said …". */
export interface Description {
  info: RoleInfo;
  start: number;
  /** Where the description's sentence starts: its own subject is not who it names. */
  sentenceStart: number;
}

/** What choosing a referent needs to know of a person. */
export interface Referent {
  mentions: Mention[];
  /** The role the person already has, if any, and whether it is past. */
  role: string | null;
  /** Offices the knowledge base has the person in at any time. */
  offices: string[];
  party: string | null;
  /** The text shows the person running for office (see candidacyCue). */
  candidate: boolean;
  category: string | null;
  media: boolean;
  /** Named only as someone's relative. */
  kin?: boolean;
}

// A journalist, an executive or an expert is not who "the Republican nominee" is.
const POLITICAL = new Set(["public", "unknown", "party", "government", "legislature"]);

// Words allowed inside a description besides role words: party names and places qualify it.
const QUALIFIER = /^(u\.s\.|us|presidential|vice|party['’]?s?)$/i;
// "The Liberal nominee", "the Green Party candidate": any party the knowledge base knows by a word.
const namesParty = (w: Word) => isCapitalized(w) && findOrganization(w.text)?.kind === "party";
const PREDICATE = new Set([
  "be",
  "become",
  "remain",
  "name",
  "elect",
  "pick",
  "choose",
  "as",
  "decide",
  "make",
]);
const GENERIC = new Set([
  "first",
  "last",
  "next",
  "only",
  "eventual",
  "future",
  "possible",
  "potential",
  "likely",
  "new",
]);
const MAIN_FIGURE = 4;
// Cheap test before reading a sentence's words: a party role or a past one must be there.
const MAY_DESCRIBE =
  /nominee|candidate|hopeful|running mate|operative|campaign|delegate|former|\bex-|\bthen\b/i;
// "GOP", "Republican" and "Republican Party" are one party; an unknown one is compared as written.
const partyKey = (s: string | null) =>
  s
    ? (findOrganization(s)?.name ?? s)
        .toLowerCase()
        .replace(/\s*\bparty\b\s*/g, " ")
        .trim()
    : "";

function descriptionAt(words: Word[], i: number): { phrase: Word[]; end: number } | null {
  let j = i + 1;
  while (
    j < words.length &&
    j - i <= 6 &&
    !isPossessive(words[j]) &&
    (isRoleWord(words[j].lower) ||
      FORMER.has(words[j].lower) ||
      QUALIFIER.test(words[j].lower) ||
      namesParty(words[j]) ||
      countryOfDemonymWord(words[j]) ||
      (words[j].lower === "of" && j > i + 1) ||
      (isCapitalized(words[j]) && countryOfName(words[j].text)))
  )
    j++;
  // "the judge then turned": a "then" after the role is time, not a past role.
  while (j > i + 1 && (words[j - 1].lower === "of" || FORMER.has(words[j - 1].lower))) j--;
  const phrase = words.slice(i + 1, j);
  if (phrase.length < 2) return null;
  // "the Republican nominee Ada Marsh", "The Democratic nominee, Ada Marsh,": a title of a name.
  const next = words[j]?.text === "," ? words[j + 1] : words[j];
  if (next && isCapitalized(next) && !isPossessive(next)) return null;
  // "the first Republican nominee to …", "the eventual nominee": no one in particular.
  if (GENERIC.has(words[i + 1].lower)) return null;
  // "Ada Marsh, the former governor": an appositive, read with the name.
  if (words[i - 1]?.text === "," && words[i - 2] && isCapitalized(words[i - 2])) return null;
  return { phrase, end: j };
}

/**
 * Definite descriptions that name a unique person by role: a party's nominee or candidate, or a
 * former office-holder ("the former secretary of State"). A plain "the senator" could be anyone.
 */
export function findDescriptions(sentences: Sentence[]): Description[] {
  const found: Description[] = [];
  for (const s of sentences) {
    if (!/\b[Tt]he\b/.test(s.text) || !MAY_DESCRIBE.test(s.text)) continue;
    const words = toWords(s.tokens);
    for (let i = 0; i < words.length - 2; i++) {
      if (words[i].lower !== "the") continue;
      const at = descriptionAt(words, i);
      // "if he becomes the Republican nominee", "named the party's candidate", "support the
      // nominee, whoever that is": a predicate or a hypothetical names no one in particular.
      if (
        !at ||
        PREDICATE.has(words[i - 1]?.lemma ?? "") ||
        /^who(ever)?$/.test(words[at.end + 1]?.lower ?? "")
      )
        continue;
      const info = parseTitle(at.phrase);
      if (!info.head || info.head.weak || !info.role) continue;
      const partyHead = info.head.category === "party";
      const qualified = info.former || info.party || info.country;
      if (!(partyHead && qualified) && !(info.former && !partyHead)) continue;
      // Plural heads ("the Democratic candidates") name no one.
      if (/s$/i.test(at.phrase[at.phrase.length - 1].lower) && !headOf([at.phrase.at(-1)!.text]))
        continue;
      found.push({
        info: { ...info, text: `the ${info.text}` },
        start: words[i].start,
        sentenceStart: s.start,
      });
      i = at.end - 1;
    }
  }
  return found;
}

const head = (role: string | null) =>
  (role ?? "")
    .toLowerCase()
    .replace(/^former /, "")
    .replace(/ of .*$/, "")
    .split(" ")
    .at(-1);

/**
 * The person a description refers to: of those named in the 1,500 characters before it whose
 * known facts do not contradict it (another party, another current role), the one the article
 * names most (its main figure: a journalist's aside between the name and the description is
 * not who "the nominee" is), the last named on a tie.
 */
export function referentOf(desc: Description, people: Referent[]): number {
  let best = -1;
  let bestScore = -1;
  const descHead = head(desc.info.role);
  const descParty = partyKey(desc.info.party?.name ?? null);
  // "the former secretary of State": whoever the knowledge base had in that office, if anyone.
  const held = (p: Referent) => p.offices.some((o) => head(o) === descHead);
  const partyHead = desc.info.head?.category === "party";
  people.forEach((p, k) => {
    // A former office-holder is one the knowledge base or the text has in that office; a
    // nominee one the text shows running, or of the description's party.
    const sameRole = !!p.role && head(p.role) === descHead;
    if (desc.info.former && !held(p) && !sameRole) return;
    const tied = sameRole || p.candidate || (descParty && p.party);
    // A relative the text names as one ("his wife Lena Vance") is not the nominee it describes.
    if (p.media || p.kin || !POLITICAL.has(p.category ?? "unknown")) return;
    if (descParty && p.party && partyKey(p.party) !== descParty) return;
    if (p.role && head(p.role) !== descHead) return;
    let last = -1;
    let named = 0;
    for (const m of p.mentions) {
      if (m.kind === "pronoun") continue;
      named++;
      if (m.start >= desc.sentenceStart && m.start < desc.start) return;
      if (m.start < desc.start && m.start > last) last = m.start;
    }
    // Someone named once in passing, with no role or party, is no story's main figure.
    if (last < 0 || desc.start - last > 1500 || (named < 2 && !p.role && !p.party)) return;
    // A nominee not shown running must at least be the article's main figure.
    if (partyHead && !tied && named < MAIN_FIGURE) return;
    // Mentions count first; the nearest mention breaks a tie.
    const score = named * 1e7 + last;
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  });
  return best;
}
