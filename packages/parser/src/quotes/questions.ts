import type { Token } from "../doc.ts";
import grammar from "../lexicon/quote-grammar.json" with { type: "json" };
import { isClauseAhead, skipAdjuncts } from "./clause.ts";
import { contentEnd } from "./content-end.ts";
import { subjectAfter } from "./subject/after.ts";
import type { SpeakerPhrase } from "./subject/phrase.ts";

const QUESTIONED = new Set(grammar.questionedLemmas);
const PASSIVE = new Set(grammar.passiveAuxiliaries);
const QUESTION_WORDS = new Set(grammar.questionWords);
/** Words before a participle that opens a clause of its own: "When asked …", "after being asked". */
const PARTICIPLE_LEADS = new Set(["when", "after", "once", "if", "being", ","]);

/** A question put to someone, as the rules read it. */
export interface QuestionPut {
  /** Who asked, when the text says so ("asked by a caller"); else null (a reporter, unnamed). */
  speaker: SpeakerPhrase | null;
  cue: number;
  lemma: string;
  from: number;
  to: number;
}

/**
 * A reported question put to someone, in the passive: "Asked whether she would run, …", "When
 * asked about the delays, …", "was asked by a caller why …". The question is reported speech
 * (its words are the reporter's rendering), but it is no statement of the person asked: its
 * speaker is the one who asked when named ("by a caller"), else nobody. Active "X asked whether"
 * is read by the clause rules; "asked to resign" and "asked for help" are requests, not questions.
 */
export function questionPut(
  toks: Token[],
  s: number,
  c: number,
  end: number,
  lemma: string,
): QuestionPut | null {
  if (!QUESTIONED.has(lemma) || !/ed$/.test(toks[c].normal)) return null;
  let before = c - 1;
  // "was also asked", "was once asked", "has even been asked".
  while (before > s && toks[before].pos === "ADV") before--;
  const prev = before >= s ? toks[before].normal : "";
  const passive = PASSIVE.has(prev);
  const fronted = before < s || PARTICIPLE_LEADS.has(prev);
  if (!passive && !fronted) return null;
  let speaker: SpeakerPhrase | null = null;
  let k = c + 1;
  for (let guard = 0; guard < 6 && k < end; guard++) {
    const t = toks[k];
    if (QUESTION_WORDS.has(t.normal)) break;
    if (t.normal === "about") {
      k++;
      break;
    }
    // "asked by host Jo Roe whether …": the agent asks.
    if (t.normal === "by" && !speaker) {
      speaker = subjectAfter(toks, k, end - 1);
      if (!speaker) return null;
      k = speaker.last + 1;
      continue;
    }
    const skipped = skipAdjuncts(toks, k, end);
    if (skipped > k) k = skipped;
    else if (t.pos === "ADV" && t.normal.endsWith("ly")) k++;
    else return null;
  }
  if (k >= end - 1 || toks[k].type === "punctuation") return null;
  const from = k;
  // "Asked whether she would run, Lopez said …": the question ends before the main clause.
  const to = clauseEndBeforeMain(toks, from, end);
  return { speaker, cue: c, lemma, from, to: contentEnd(toks, s, c, from, to) };
}

/** The first comma after which a clause follows, else the sentence end. */
function clauseEndBeforeMain(toks: Token[], from: number, end: number): number {
  for (let k = from + 1; k < end - 1; k++)
    if (toks[k].text === "," && isClauseAhead(toks, k + 1, end)) return k;
  return end;
}
