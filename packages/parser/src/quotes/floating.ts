import type { Token } from "../doc.ts";
import type { MarkedSpan } from "./marks.ts";
import { subjectAfter } from "./subject/after.ts";
import type { SpeakerPhrase } from "./subject/phrase.ts";
import type { ParagraphView } from "./view.ts";

/**
 * A floating quotation (no tag of its own) belongs to the person the narration just introduced:
 * "Durning did not need much coaxing. “I’m thankful …”". Returns the subject of the last
 * sentence of narration in tokens [from, to) when it names a person or is a pronoun, else null.
 * A sentence that holds quotation marks is no narration (its quote has its own speaker).
 */
export function narrationSubject(
  v: ParagraphView,
  from: number,
  to: number,
  marks: MarkedSpan[],
): SpeakerPhrase | null {
  const toks = v.tokens;
  const starts = v.sentenceStarts.filter((s) => s >= from && s < to);
  const s = starts.at(-1);
  if (s === undefined || to - s < 3) return null;
  const a = toks[s].start;
  const b = toks[to - 1].end;
  if (marks.some((m) => m.open < b && m.close > a)) return null;
  if (!hasFiniteVerb(toks, s, to)) return null;
  // "… wrote the following:" introduces a text, and its own rules attribute it.
  if (toks[to - 1].text === ":") return null;
  let phrase = subjectAfter(toks, s - 1, to - 1);
  if (!phrase || phrase.first !== s) return null;
  if (phrase.kind === "label" && toks[phrase.last + 1]?.text === ",") {
    // "The mayor, Tom Reyes, spent …": the name in the appositive.
    const named = subjectAfter(toks, phrase.last + 1, to - 1);
    if (named?.kind === "name" && toks[named.last + 1]?.text === ",") phrase = named;
  }
  if (phrase.kind === "label") return null;
  // "Rather, …", "Often …", "N.Y.) …": a capitalized adverb or initial is not a name.
  const head = toks[phrase.nameLast];
  if (phrase.kind === "name" && (toks[s].pos === "ADV" || /^\p{Lu}\.?$/u.test(head.text)))
    return null;
  // "It was …", "They …": only a person's pronoun introduces a speaker.
  if (phrase.kind === "pronoun" && !/^(?:he|she)$/.test(toks[s].normal)) return null;
  return phrase;
}

/** The last sentence of a paragraph, as [start, end) token indices. */
export function lastSentence(v: ParagraphView): [number, number] {
  return [v.sentenceStarts.at(-1) ?? 0, v.tokens.length];
}

function hasFiniteVerb(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k].pos === "VERB" || toks[k].pos === "AUX") return true;
  return false;
}
