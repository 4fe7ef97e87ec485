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

/**
 * The lemma, and for a capitalised word that wink-nlp took for a proper noun ("Bombs kill…" in a
 * headline) also a singular made by suffix, since its lemma is then the plural as written.
 */
function keysOf(t: Token): string[] {
  const lemma = t.lemma.toLowerCase();
  if (t.pos !== "PROPN" || !/[^s]s$/.test(lemma)) return [lemma];
  return [lemma, lemma.endsWith("ies") ? `${lemma.slice(0, -3)}y` : lemma.slice(0, -1)];
}

/**
 * Finds the cue terms in a run of tokens by looking each token up in the prebuilt inverted index
 * (longest cue first, no overlaps): the cost grows with the tokens, not with the concepts.
 */
export function findCues(tokens: readonly Token[]): CueHit[] {
  const found: CueHit[] = [];
  const words = tokens.filter(isCueWord);
  for (let i = 0; i < words.length; i++) {
    const hit = cueAt(words, i);
    if (!hit) continue;
    found.push(hit);
    i += hit.length - 1;
  }
  return found;
}

function cueAt(words: readonly Token[], i: number): (CueHit & { length: number }) | null {
  for (const key of keysOf(words[i])) {
    const entries = TERMS[key];
    if (!entries) continue;
    for (const [rest, hits] of entries) {
      const more = restOf(rest);
      if (i + more.length >= words.length) continue;
      let ok = true;
      for (let k = 0; k < more.length && ok; k++) ok = keysOf(words[i + 1 + k]).includes(more[k]);
      if (!ok) continue;
      const end = words[i + more.length].end;
      return {
        key: rest ? `${key} ${rest}` : key,
        hits,
        start: words[i].start,
        end,
        length: more.length + 1,
      };
    }
  }
  return null;
}
