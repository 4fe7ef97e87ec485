import index from "../../data/iptc/cue-index.json" with { type: "json" };
import type { Token } from "../doc.ts";
import type { CueEntry, CueIndex } from "./build-index.ts";
import { isCueWord } from "./cue-word.ts";

const TERMS = (index as unknown as CueIndex).terms;
const SPLIT_REST = new Map<string, string[]>();

/** One cue found in the text: which concepts it points to, and where it starts and ends. */
export interface CueHit {
  key: string;
  hits: CueEntry[1];
  start: number;
  end: number;
}

function restOf(rest: string): string[] {
  let r = SPLIT_REST.get(rest);
  if (!r) {
    r = rest ? rest.split(" ") : [];
    SPLIT_REST.set(rest, r);
  }
  return r;
}

function keyOf(t: Token): string {
  return t.lemma.toLowerCase();
}

/**
 * Finds the cue terms in a run of tokens by looking each token up in the prebuilt inverted index
 * (longest cue first, no overlaps): the cost grows with the tokens, not with the concepts.
 */
export function findCues(tokens: readonly Token[]): CueHit[] {
  const found: CueHit[] = [];
  const words = tokens.filter(isCueWord);
  for (let i = 0; i < words.length; i++) {
    const entries = TERMS[keyOf(words[i])];
    if (!entries) continue;
    for (const [rest, hits] of entries) {
      const more = restOf(rest);
      if (i + more.length >= words.length) continue;
      let ok = true;
      for (let k = 0; k < more.length && ok; k++) ok = keyOf(words[i + 1 + k]) === more[k];
      if (!ok) continue;
      const last = words[i + more.length];
      found.push({
        key: rest ? `${keyOf(words[i])} ${rest}` : keyOf(words[i]),
        hits,
        start: words[i].start,
        end: last.end,
      });
      i += more.length;
      break;
    }
  }
  return found;
}
