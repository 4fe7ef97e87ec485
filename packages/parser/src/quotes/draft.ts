import type { Token } from "../doc.ts";
import type { QuoteKind } from "../types.ts";
import type { SpeakerPhrase } from "./subject/phrase.ts";

/** A quote found by the rules, before it is turned into the public Quote shape. */
export interface Draft {
  start: number;
  end: number;
  kind: QuoteKind;
  paragraph: number;
  /** Where the text names the speaker (stage 1); coreference turns it into a speaker (stage 2). */
  source: SpeakerSource | null;
  cue: Token | null;
  lemma: string | null;
  channel: string | null;
  /** Quotes that share a key are one statement (split around one attribution, or run on). */
  statement: string;
}

/** The speaker phrase of a quote with the paragraph tokens it indexes into. */
export interface SpeakerSource {
  toks: Token[];
  phrase: SpeakerPhrase;
  paragraph: number;
  /** Offset where the speaker is written, the order in which sources are resolved. */
  at: number;
}

/** A source for the speaker phrase `phrase` of paragraph `paragraph`. */
export function sourceOf(toks: Token[], phrase: SpeakerPhrase, paragraph: number): SpeakerSource {
  return { toks, phrase, paragraph, at: toks[phrase.relative ?? phrase.first].start };
}
