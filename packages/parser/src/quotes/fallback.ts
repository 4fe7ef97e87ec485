import model from "../../data/models/indirect-cues.json" with { type: "json" };
import type { Token } from "../doc.ts";
import grammar from "../lexicon/quote-grammar.json" with { type: "json" };
import { contentStart, isClauseAhead } from "./clause.ts";
import { contentEnd } from "./content-end.ts";
import { participleSubjectOf } from "./participle.ts";
import { clauseSubject, subjectBefore } from "./subject/before.ts";
import { openingSubject } from "./subject/opening.ts";
import type { SpeakerPhrase } from "./subject/phrase.ts";

/** A reported statement the rules did not settle, as the learned filter sees it. */
export interface Candidate {
  speaker: SpeakerPhrase | null;
  cue: number;
  lemma: string;
  from: number;
  to: number;
}

/** Receives every candidate with its features (the training script's hook), or null. */
type Sink = (c: {
  start: number;
  end: number;
  speaker: [number, number] | null;
  features: string[];
}) => void;
let sink: Sink | null = null;
/** Sets the hook that sees every candidate and its features (for `scripts/train-indirect-cues.ts`). */
export function setCandidateSink(s: Sink | null): void {
  sink = s;
}

const CALLS_FOR = new Set(["call", "urge", "press", "push", "plead", "demand"]);
const REFUSALS = new Set(["not", "n't", "never", "declined", "refused", "wouldn't", "won't"]);
const CLAUSE_LEADS = new Set(["out", "that", "whether", "if"]);
const QUESTIONED = new Set(grammar.questionedLemmas);
const PASSIVE = new Set(grammar.passiveAuxiliaries);
const weights = new Map(Object.entries(model.weights as Record<string, number>));

/**
 * A speech verb whose sentence the rules read no statement from ("Critics, he notes, applaud …",
 * "is calling for a ban", "refused to say whether …"): the words after the cue to the sentence
 * end, kept when a logistic regression trained on PolNeAR train (`data/models/`) says that such
 * a cue reports a statement there. `nested` says the cue sits inside a statement already found.
 */
export function fallbackStatement(
  toks: Token[],
  s: number,
  c: number,
  end: number,
  lemma: string,
  nested: boolean,
): Candidate | null {
  let from = c + 1;
  // "did not respond to requests for comment", "argued for a new layout", "asked for comment":
  // what is answered or asked for is no statement; a call for something is ("calls for a ban").
  const after = toks[from]?.normal ?? "";
  if (toks[from]?.pos === "ADP" && !CALLS_FOR.has(lemma) && !CLAUSE_LEADS.has(after)) return null;
  const callFor = after === "for" && CALLS_FOR.has(lemma);
  if (callFor) from++;
  while (from < end && (toks[from].normal === "out" || toks[from].normal === "that")) from++;
  if (from >= end - 2 || toks[from].type === "punctuation") return null;
  // "would not say whether …", "declined to explain why …": a refusal states nothing.
  for (let k = Math.max(s, c - 3); k < c; k++) if (REFUSALS.has(toks[k].normal)) return null;
  // Only a clause is reported content ("predicted the future" names a topic), or a call for
  // something ("calls for a ban", "urged voters to …").
  if (!isClauseAhead(toks, from, end) && !callFor) return null;
  const own = subjectBefore(toks, c, s) ?? participleSubjectOf(toks, s, c);
  // "Asked whether she would run, Lopez said …", "When asked if …", "she was pressed on whether …":
  // the question put to someone (by a reporter, say) is no statement of the subject's
  // (`questions.ts` reports the question itself, with its asker).
  if (QUESTIONED.has(lemma) && (!own || PASSIVE.has(toks[c - 1]?.normal))) return null;
  // "X jokingly offered …, then says …", "X refused to say …": the subject of the clause.
  const clause = own ? null : clauseSubject(toks, s, c);
  const opening = own || clause ? null : openingSubject(toks, s, c);
  const speaker = own ?? clause ?? opening;
  const rule = contentStart(toks, c, end, lemma);
  // "told POLITICO in a statement", "told a crowd that gathered …": after the listener of a
  // verb such as "tell" no clause is reported.
  if (rule < 0 && lemma === "tell") return null;
  if (rule > from && rule < end - 2) from = rule;
  const f = features(toks, s, c, end, lemma, from, speaker, rule >= 0, nested);
  if (clause) f.push("clauseSubject");
  if (opening) f.push("openingSubject");
  sink?.({
    start: toks[from].start,
    end: toks[end - 1].end,
    speaker: speaker ? [toks[speaker.first].start, toks[speaker.last].end] : null,
    features: f,
  });
  let z = model.bias;
  for (const x of f) z += weights.get(x) ?? 0;
  return z > model.threshold
    ? { speaker, cue: c, lemma, from, to: contentEnd(toks, s, c, from, end) }
    : null;
}

function features(
  toks: Token[],
  s: number,
  c: number,
  end: number,
  lemma: string,
  from: number,
  speaker: SpeakerPhrase | null,
  ruleStart: boolean,
  nested: boolean,
): string[] {
  const cue = toks[c];
  const prev = toks[c - 1];
  const next = toks[c + 1];
  const kind = speaker?.kind ?? "none";
  const len = end - from;
  const at = c - s;
  let quoted = false;
  for (let k = from; k < end && !quoted; k++) quoted = /^["“”''‘’]+$/.test(toks[k].text);
  return [
    `l=${lemma}`,
    `f=${cue.normal}`,
    `cp=${cue.pos}`,
    `sk=${kind}`,
    `l=${lemma}|sk=${kind}`,
    `p=${prev ? prev.normal : "^"}`,
    `pp=${prev ? prev.pos : "^"}`,
    `n=${next.normal}`,
    `np=${next.pos}`,
    `l=${lemma}|np=${next.pos}`,
    `fp=${toks[from].pos}`,
    `rule=${ruleStart}`,
    `clause=${isClauseAhead(toks, from, end)}`,
    `len=${len < 4 ? 0 : len < 8 ? 1 : len < 16 ? 2 : 3}`,
    `at=${at === 0 ? 0 : at < 3 ? 1 : at < 7 ? 2 : 3}`,
    `quoted=${quoted}`,
    `nested=${nested}`,
    `q=${toks[end]?.text === "?" || toks[end - 1]?.text === "?"}`,
    // Closed-class words as themselves: "who announced he is …", "and then says …".
    `fw=${closed(toks[from])}`,
    `p2=${closed(toks[c - 2])}`,
    `sw=${speaker?.kind === "pronoun" ? toks[speaker.first].normal : kind}`,
  ];
}

const CLOSED = new Set(["DET", "PRON", "AUX", "PART", "ADP", "CCONJ", "SCONJ", "PUNCT"]);
/** A closed-class word as written, else its part of speech. */
const closed = (t: Token | undefined) => (!t ? "^" : CLOSED.has(t.pos) ? t.normal : t.pos);
