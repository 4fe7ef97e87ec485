import type { Token } from "../doc.ts";
import { clauseSubject } from "./subject/before.ts";
import type { SpeakerPhrase } from "./subject/phrase.ts";

/** "…, adding that …": an -ing cue after a comma takes the subject of the clause before it. */
export function participleSubjectOf(toks: Token[], s: number, c: number): SpeakerPhrase | null {
  if (!toks[c].normal.endsWith("ing") || toks[c - 1]?.text !== ",") return null;
  return clauseSubject(toks, s, c - 1);
}
