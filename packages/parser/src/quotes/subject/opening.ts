import type { Token } from "../../doc.ts";
import grammar from "../../lexicon/quote-grammar.json";
import { classify, npToken, PORTIONS, type SpeakerPhrase } from "./phrase.ts";

const OPENERS = new Set(grammar.sentenceOpeners);
const RELATIVES = new Set(["who", "that", "which", "whose"]);
const DASHES = new Set(["—", "–", "--"]);
const POSSESSIVE = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** A hyphen with spaces around it, written as a dash ("Jo Roe - a co-host - told"). */
const spacedDash = (toks: Token[], j: number) =>
  toks[j].text === "-" && toks[j].start > toks[j - 1].end && toks[j + 1]?.start > toks[j].end;

/** "WASHINGTON (AP) — A report said": the token after a dateline, else `s`. */
function afterDateline(toks: Token[], s: number, c: number): number {
  for (let k = s + 1; k < Math.min(c, s + 8); k++) {
    if (!DASHES.has(toks[k].text) && !spacedDash(toks, k)) continue;
    const caps = toks
      .slice(s, k)
      .every((t) => t.type === "punctuation" || t.text === t.text.toUpperCase());
    return caps ? k + 1 : s;
  }
  return s;
}
const OPENING_TAGS = new Set(["DET", "NOUN", "PROPN", "ADJ", "NUM"]);
const TIME_WORDS = new Set(grammar.timeWords);
const APPROXIMATE = new Set(grammar.approximators);
const SHARE_LINKS = new Set(["of", "in", "out", "and"]);

/**
 * "of" and "and" inside a phrase ("most of the voters", "current and former officials"), and
 * "in" or "out of" in a share ("four in 10").
 */
function inPhrase(toks: Token[], j: number, k: number): boolean {
  const t = toks[j];
  if (j === k || !SHARE_LINKS.has(t.normal) || !npToken(toks[j + 1] ?? t)) return false;
  if (t.normal === "in" || t.normal === "out") return toks[j - 1].pos === "NUM";
  if (t.normal === "and") return toks[j - 1].pos === "ADJ" && toks[j + 1].pos === "ADJ";
  return true;
}

/** "A leaked draft": a participle between an article and its noun. */
function participleInPhrase(toks: Token[], j: number): boolean {
  const t = toks[j];
  return (
    t.pos === "VERB" &&
    t.normal.endsWith("ed") &&
    /^(?:DET|ADJ)$/.test(toks[j - 1]?.pos ?? "") &&
    /^(?:NOUN|ADJ)$/.test(toks[j + 1]?.pos ?? "")
  );
}

/**
 * "A copy of the memo seen by reporters said …", "Voters in six states going to the polls say …",
 * "The project's website, run by a professor at Tufts, said …": when the subject grammar finds
 * no subject right before the cue, the noun phrase that opens the sentence is the subject, if
 * only its modifiers lie between (a participle, a preposition, a relative clause, an aside set
 * off by commas or dashes). The phrase is the speaker without its modifiers.
 */
export function openingSubject(toks: Token[], s: number, c: number): SpeakerPhrase | null {
  // Not for participles and infinitives ("saying", "to explain"): they have no subject here.
  if (c - s > 40 || toks[c].normal.endsWith("ing") || toks[c - 1]?.normal === "to") return null;
  let k = afterDateline(toks, s, c);
  while (k < c && (toks[k].pos === "CCONJ" || OPENERS.has(toks[k].normal))) k++;
  if (toks[k]?.text === ",") k++;
  // A noun phrase opens with a determiner, a noun, an adjective or a number; "Despite", "Asked"
  // and "Last week," are no subjects.
  // "About four in 10 voters", "Just over a quarter": an approximate share.
  let q = k;
  while (q < k + 3 && APPROXIMATE.has(toks[q]?.normal)) q++;
  const share =
    q > k && (toks[q]?.pos === "NUM" || toks[q]?.pos === "DET" || PORTIONS.has(toks[q]?.normal));
  if (!share && (!OPENING_TAGS.has(toks[k]?.pos ?? "") || TIME_WORDS.has(toks[k].normal)))
    return null;
  let j = share ? q : k;
  while (
    j < c &&
    !spacedDash(toks, j) &&
    (npToken(toks[j], toks[j - 1]) || inPhrase(toks, j, k) || participleInPhrase(toks, j))
  )
    j++;
  if (j === k || j >= c - 1) return null;
  const next = toks[j];
  const modifier =
    (next.pos === "VERB" && !next.normal.endsWith("s")) ||
    next.pos === "ADP" ||
    RELATIVES.has(next.normal) ||
    DASHES.has(next.text) ||
    spacedDash(toks, j) ||
    // "Several people I have spoken with said": a relative clause without its pronoun.
    (next.pos === "PRON" &&
      !POSSESSIVE.has(next.normal) &&
      /^(?:AUX|VERB)$/.test(toks[j + 1]?.pos ?? "")) ||
    // "Last week, officials said": a phrase before a comma is an aside only when one closes it.
    (next.text === "," && toks[c - 1].text === ",");
  if (!modifier) return null;
  for (let m = j; m < c; m++) if (/^[;:"“”]$/.test(toks[m].text)) return null;
  return classify(toks, k, j - 1);
}
