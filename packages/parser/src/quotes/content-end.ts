import type { Token } from "../doc.ts";
import grammar from "../lexicon/quote-grammar.json" with { type: "json" };
import { isClauseAhead } from "./clause.ts";

const TRAILING = new Set(grammar.trailingAdjunctLeads);
const OPENING = new Set(grammar.openingSubordinators);
const OPEN_MARKS = new Set(["“", "‘", "«"]);
const CLOSE_MARKS = new Set(["”", "’", "»"]);
const STRAIGHT_MARKS = new Set(['"', "''"]);

/**
 * Where reported content after a cue ends (token index, exclusive), at most `end`. A clause the
 * writer adds after a comma is no part of it ("…, as he faces a test", "…, which would give
 * …"), and a cue inside a clause that opens the sentence ("Though he said he would hold a
 * hearing, it is unlikely …") reports that clause only. An aside that the content resumes
 * after ("said the plan, which costs more, is dead") stays.
 */
export function contentEnd(
  toks: Token[],
  s: number,
  cue: number,
  from: number,
  end: number,
): number {
  const opened = cue > s && OPENING.has(toks[s].normal);
  let quoted = false;
  for (let k = from + 2; k < end - 1; k++) {
    const t = toks[k].text;
    if (OPEN_MARKS.has(t) || CLOSE_MARKS.has(t) || STRAIGHT_MARKS.has(t)) {
      quoted = OPEN_MARKS.has(t) || (STRAIGHT_MARKS.has(t) && !quoted);
      continue;
    }
    if (t !== "," || quoted) continue;
    const next = toks[k + 1];
    if (opened && isClauseAhead(toks, k + 1, end)) return k;
    // "…, as he faces a test" is a clause; "…, as part of an inquiry" is not.
    const clause = TRAILING.has(next.normal) && hasVerbWithin(toks, k + 2, end, 6);
    if (clause && !resumes(toks, k + 2, end)) return k;
  }
  return end;
}

/** A later comma after which a finite verb goes on: the aside sat inside the content. */
function resumes(toks: Token[], from: number, end: number): boolean {
  for (let j = from; j < end - 1; j++) {
    if (toks[j].text !== ",") continue;
    const v = toks[j + 1];
    if (/^(?:VERB|AUX)$/.test(v.pos) && !v.normal.endsWith("ing")) return true;
  }
  return false;
}

function hasVerbWithin(toks: Token[], from: number, end: number, n: number): boolean {
  for (let j = from; j < Math.min(end, from + n); j++)
    if (/^(?:VERB|AUX)$/.test(toks[j].pos)) return true;
  return false;
}
