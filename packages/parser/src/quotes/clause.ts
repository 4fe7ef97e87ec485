import type { Token } from "../doc.ts";
import grammar from "../lexicon/quote-grammar.json" with { type: "json" };
import sources from "../lexicon/quote-sources.json" with { type: "json" };
import { isUpper } from "../util/token-flags.ts";
import { PORTIONS } from "./subject/phrase.ts";

const TIME_WORDS = new Set(grammar.timeWords);
const CALENDAR = new Set(grammar.calendarWords.map((w) => w.toLowerCase()));
const QUOTE_MARKS = new Set(['"', "“", "”"]);
// Marks around a programme's title, with the doubled apostrophes of some papers (''Meet the Press'').
const TITLE_MARKS = new Set([...QUOTE_MARKS, "'", "''"]);
const isCapOrMark = (t: Token | undefined) =>
  !!t && (isUpper(t) || TITLE_MARKS.has(t.text) || isPossessive(t));
const isPossessive = (t: Token | undefined) => t?.normal === "'s" || t?.normal === "’s";
const ADDED_OBJECTS = new Set(["another", "yet", "a", "an", "one", "two", "three", "more"]);
const APPROXIMATORS = new Set(["about", "nearly", "almost", "roughly", "around", "over", "under"]);
const POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my", "your"]);
const ADJUNCT_ADP = new Set(grammar.adjunctPrepositions);
const RECIPIENT_VERBS = new Set(grammar.recipientVerbsBeforeContent);
const OBJECT_PRONOUNS = new Set(grammar.listeners);
const SUBJECT_PRONOUNS = new Set(Object.keys(sources.pronouns));
// Subordinate clauses may open reported speech: "said if he were president, …".
const SUBORDINATORS = new Set(grammar.subordinators);
const CLAUSE_STARTERS = new Set(grammar.questionWords);

/**
 * Where the reported content begins after a cue verb: after "that" when it follows within a few
 * words of adjuncts ("told NBC News earlier this week that"), else after the adjuncts themselves
 * ("said on Tuesday the plan …"). Returns -1 when no clause follows (a direct object, a quote).
 */
export function contentStart(toks: Token[], cue: number, end: number, lemma: string): number {
  let k = cue + 1;
  // "pointed out that …". "said on Radio X" is no particle: the adjunct rules below skip the
  // programme, which is where it was said and no content.
  if (toks[k]?.normal === "out") k++;
  // "said that", "told NBC News earlier this week that".
  for (let j = k; j < Math.min(end, k + 14); j++) {
    const t = toks[j];
    if (
      t.normal === "that" &&
      (t.pos === "SCONJ" ||
        t.pos === "ADP" ||
        j === k ||
        (t.pos === "DET" && isClauseAhead(toks, j + 1, end)) ||
        // "explained through a spokesman that he had …" (tagged as a relative pronoun).
        (t.pos === "PRON" &&
          !/^(?:VERB|AUX)$/.test(toks[j + 1]?.pos ?? "") &&
          isClauseAhead(toks, j + 1, end)))
    )
      // "said that, if elected, he would …": the content opens after the comma.
      return toks[j + 1]?.text === "," && isClauseAhead(toks, j + 2, end) ? j + 2 : j + 1;
    // "told MSNBC’s “Morning Joe” that": a programme's title in quotation marks.
    if (TITLE_MARKS.has(t.text) && j > k && isCapOrMark(toks[j - 1])) continue;
    // "says at a campaign stop in Toledo, Ohio, that": a place and its state.
    if (t.text === "," && isUpper(toks[j + 1]) && isUpper(toks[j - 1])) continue;
    // A capitalized word tagged as a verb is part of a name ("told The Associated Press").
    if (
      (t.type === "punctuation" && t.text !== "." && t.text !== "-" && !isPossessive(t)) ||
      (t.pos === "VERB" && !t.normal.endsWith("ing") && !isUpper(t))
    )
      break;
  }
  if (RECIPIENT_VERBS.has(lemma)) {
    if (OBJECT_PRONOUNS.has(toks[k]?.normal)) k++;
    // "told the committee the plan …", "told a crowd at a diner that …": a listener with its
    // article is no content; the content follows it.
    else if (toks[k]?.pos === "DET" && lemma === "tell") {
      const n = listenerEnd(toks, k + 1, end);
      // "told the crowd to stay calm": what the listener is told to do.
      if (toks[n]?.normal === "to") return k;
      k = skipAdjuncts(toks, n, end);
      if (toks[k]?.normal === "that") k++;
      // "…, which was filmed": a relative clause about the listener reports nothing.
      if (/^(?:which|who|where|when)$/.test(toks[k]?.normal ?? "")) return -1;
    } else if (bareListener(toks, k, end, lemma)) k++;
    else
      while (
        k < end &&
        // "Tells Union Leaders They Must …": a headline's capitalized pronoun opens the content.
        !(k > cue + 1 && toks[k].pos === "PRON" && SUBJECT_PRONOUNS.has(toks[k].normal)) &&
        (isUpper(toks[k]) ||
          // "told African-Americans": a hyphenated name of a group.
          (toks[k].text === "-" && isUpper(toks[k + 1])))
      )
        k++;
  }
  k = skipAdjuncts(toks, k, end);
  if (k >= end) return -1;
  // "argued during Saturday’s debate that …" (a noun tagged as a verb ended the search above).
  if (toks[k].normal === "that" && isClauseAhead(toks, k + 1, end)) k++;
  // "said about half of the …": an approximate quantity opens the content.
  if (APPROXIMATORS.has(toks[k].normal) && toks[k + 1]?.pos === "NUM") k++;
  if (toks[k].normal === "about" && PORTIONS.has(toks[k + 1]?.normal)) k++;
  // "said “budget reforms” and …": the clause opens with a quoted phrase; judge its first word.
  const t = QUOTE_MARKS.has(toks[k].text) && toks[k + 1] ? toks[k + 1] : toks[k];
  // "the Kospi added 0.4 per cent", "they added another goal": an object, not a statement.
  if (lemma === "add" && (t.pos === "NUM" || ADDED_OBJECTS.has(t.normal))) return -1;
  if (
    CLAUSE_STARTERS.has(t.normal) &&
    (lemma === "ask" || lemma === "wonder" || lemma === "question")
  )
    return k;
  if (lemma === "ask" || lemma === "wonder" || lemma === "question") return -1;
  // "said if elected, he would …": the subordinate clause leads a main one after a comma; "said
  // when she resigned" only says when.
  if (SUBORDINATORS.has(t.normal))
    return isClauseAhead(toks, k + 1, end) && mainClauseAfterComma(toks, k + 1, end) ? k : -1;
  // "said nearly every ferry …" (a quantity's adverb opens the content), "said angrily the …"
  // (a manner adverb does not).
  if (
    t.pos === "ADV" &&
    t.normal.endsWith("ly") &&
    /^(?:DET|NUM|PRON)$/.test(toks[k + 1]?.pos ?? "") &&
    isClauseAhead(toks, k + 1, end)
  )
    return APPROXIMATORS.has(t.normal) || t.normal === "only" ? k : k + 1;
  const gerund = t.pos === "VERB" && t.normal.endsWith("ing");
  const adverb = t.pos === "ADV" && !t.normal.endsWith("ly") && t.normal !== "not";
  if (
    !(
      gerund ||
      adverb ||
      t.pos === "DET" ||
      t.pos === "PRON" ||
      t.pos === "PROPN" ||
      t.pos === "NOUN" ||
      t.pos === "NUM" ||
      t.pos === "ADJ" ||
      isUpper(t)
    )
  )
    return -1;
  if (t.normal === "it" && toks[k + 1]?.type === "punctuation") return -1;
  return isClauseAhead(toks, k, end) ? k : -1;
}

function mainClauseAfterComma(toks: Token[], from: number, end: number): boolean {
  for (let j = from; j < end; j++)
    if (toks[j].text === "," && isClauseAhead(toks, j + 1, end)) return true;
  return false;
}

/** Skips time words and short prepositional phrases ("on Tuesday", "in a statement"). */
export function skipAdjuncts(toks: Token[], from: number, end: number): number {
  let k = from;
  for (let guard = 0; guard < 4 && k < end; guard++) {
    const t = toks[k];
    // "said Thursday's speeches …": a possessive time word is the content's subject.
    // "told crews this was …": a time word before its verb is the content's subject.
    const next = toks[k + 1];
    if (
      TIME_WORDS.has(t.normal) &&
      !isPossessive(next) &&
      !(t.pos === "PRON" && /^(?:AUX|VERB)$/.test(next?.pos ?? ""))
    ) {
      k++;
      continue;
    }
    // "replied 17 seconds later", "wrote two days earlier": when, not what.
    const span = timeSpan(toks, k, end);
    if (span > k) {
      k = span;
      continue;
    }
    // "has said for weeks", "for the past two years": a duration.
    const duration = forDuration(toks, k, end);
    if (duration > k) {
      k = duration;
      continue;
    }
    if (!ADJUNCT_ADP.has(t.normal)) break;
    let j = k + 1;
    while (
      j < end &&
      j - k <= 7 &&
      (toks[j].pos === "DET" ||
        toks[j].pos === "NOUN" ||
        toks[j].pos === "PROPN" ||
        toks[j].pos === "ADJ" ||
        toks[j].pos === "NUM" ||
        // Possessives only ("in his statement"): a subject pronoun opens the content.
        (toks[j].pos === "PRON" && POSSESSIVES.has(toks[j].normal)) ||
        isUpper(toks[j]) ||
        isPossessive(toks[j]) ||
        toks[j].text === "-")
    ) {
      j++;
      // "on Monday the ferry …": a day closes the phrase; the content opens after it.
      // ("during a January debate": a day or month before its noun modifies it).
      if (CALENDAR.has(toks[j - 1].normal) && !isPossessive(toks[j]) && toks[j]?.pos !== "NOUN")
        break;
    }
    if (j === k + 1) break;
    k = j;
    if (toks[k]?.text === ",") k++;
  }
  return k;
}

/** The token after "for weeks", "for the past two years", "for months now", or `k`. */
function forDuration(toks: Token[], k: number, end: number): number {
  if (toks[k]?.normal !== "for") return k;
  let j = k + 1;
  while (
    j < end &&
    j - k <= 4 &&
    /^(?:the|past|last|several|many|two|three|few|a)$/.test(toks[j].normal)
  )
    j++;
  return j < end && DURATIONS.has(toks[j].normal) ? j + 1 : k;
}

/** The token after "a couple of minutes later", "just 17 seconds later", "days earlier", or `k`. */
function timeSpan(toks: Token[], k: number, end: number): number {
  let j = k;
  while (j < end && j - k < 4 && (toks[j].pos === "NUM" || SPAN_FILLERS.has(toks[j].normal))) j++;
  if (j >= end - 1 || !(DURATIONS.has(toks[j].normal) || SHORT_UNITS.has(toks[j].normal))) return k;
  return SPAN_ENDS.has(toks[j + 1].normal) ? j + 2 : k;
}

const SPAN_FILLERS = new Set(["a", "an", "just", "only", "about", "some", "couple", "few", "of"]);
const SHORT_UNITS = new Set(["seconds", "minutes", "second", "minute", "hour"]);
const SPAN_ENDS = new Set(["later", "earlier", "ago"]);

const DURATIONS = new Set([
  "days",
  "weeks",
  "months",
  "years",
  "decades",
  "hours",
  "day",
  "week",
  "month",
  "year",
  "decade",
  "time",
  "ages",
]);

/** A clause lies ahead: a finite verb or auxiliary within the next words, before the end. */
export function isClauseAhead(toks: Token[], from: number, end: number): boolean {
  for (let j = from; j < Math.min(end, from + 25); j++) {
    const t = toks[j];
    if (
      t.pos === "AUX" ||
      (t.pos === "VERB" && j > from) ||
      pastTaggedNoun(toks, j, from) ||
      presentTaggedNoun(toks, j, from)
    )
      return true;
    if (t.text === ";") return false;
  }
  return false;
}

/** "the family deserved better": a past form that wink-nlp tagged as a noun after its subject. */
function pastTaggedNoun(toks: Token[], j: number, from: number): boolean {
  const t = toks[j];
  return (
    j > from &&
    t.pos === "NOUN" &&
    /[^e]ed$/.test(t.normal) &&
    /^(?:NOUN|PROPN|PRON)$/.test(toks[j - 1].pos)
  );
}

/**
 * "each year of school adds more debt": a present form in -s that wink-nlp tagged as a noun, after
 * a singular noun and before the start of its object (an article, a number, "more").
 */
function presentTaggedNoun(toks: Token[], j: number, from: number): boolean {
  const t = toks[j];
  const prev = toks[j - 1];
  return (
    j > from &&
    t.pos === "NOUN" &&
    /[^su']s$/.test(t.normal) &&
    prev.pos === "NOUN" &&
    !/s$/.test(prev.normal) &&
    /^(?:DET|NUM|ADJ|PRON)$/.test(toks[j + 1]?.pos ?? "")
  );
}

/**
 * "told reporters this was …", "tells crews fares will rise": a bare plural listener, when a
 * clause follows it (the listener is no part of what was said).
 */
function bareListener(toks: Token[], k: number, end: number, lemma: string): boolean {
  const t = toks[k];
  if (lemma !== "tell" || t?.pos !== "NOUN" || !/\p{Ll}s$/u.test(t.text) || isUpper(t))
    return false;
  const next = toks[k + 1];
  // "told stories of how …", "told schools to …": no clause's subject after the noun.
  if (next?.normal === "that") return true;
  return /^(?:DET|PRON|PROPN|NUM)$/.test(next?.pos ?? "") && isClauseAhead(toks, k + 1, end);
}

/**
 * The end of a listener after its article: "the committee", "The Star-Ledger of Newark" (a
 * hyphenated name, and the place of a paper or a station after "of").
 */
function listenerEnd(toks: Token[], from: number, end: number): number {
  let n = from;
  const capitalAfter = (j: number) => isUpper(toks[j]);
  while (n < end && !isPossessive(toks[n + 1])) {
    if (/^(?:ADJ|NOUN|PROPN)$/.test(toks[n].pos)) n++;
    else if (toks[n].text === "-" && capitalAfter(n - 1) && capitalAfter(n + 1)) n++;
    else if (toks[n].normal === "of" && capitalAfter(n - 1) && toks[n + 1]?.pos === "PROPN") n++;
    else break;
  }
  return n;
}
