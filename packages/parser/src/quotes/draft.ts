import type { Token } from "../doc.ts";
import type { QuoteKind } from "../types.ts";
import type { Speaker } from "./resolve.ts";

/** A quote found by the rules, before it is turned into the public Quote shape. */
export interface Draft {
  start: number;
  end: number;
  kind: QuoteKind;
  paragraph: number;
  speaker: Speaker | null;
  cue: Token | null;
  lemma: string | null;
  channel: string | null;
  /** Quotes that share a key are one statement (split around one attribution, or run on). */
  statement: string;
}

/** The text of a cue as written, with a particle that belongs to it ("pointed out"). */
export function cueText(toks: Token[], cue: number): string {
  const t = toks[cue];
  const next = toks[cue + 1];
  if (next && (next.normal === "out" || (t.normal === "according" && next.normal === "to")))
    return `${t.text} ${next.text}`;
  return t.text;
}
