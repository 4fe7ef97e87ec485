import index from "../../data/iptc/cue-index.json" with { type: "json" };
import type { Token } from "../doc.ts";
import type { CueEntry, CueIndex } from "./build-index.ts";
import { isCueWord } from "./cue-word.ts";

// The index as a Map with each continuation split once, at load.
const TERMS = new Map(
  Object.entries((index as unknown as CueIndex).terms).map(([first, entries]) => [
    first,
    entries.map(([rest, hits]) => ({ rest, more: rest ? rest.split(" ") : [], hits })),
  ]),
);
const CACHE = new WeakMap<readonly Token[], CueHit[]>();

/** One cue found in the text: which concepts it points to, and where it starts and ends. */
export interface CueHit {
  key: string;
  hits: CueEntry[1];
  start: number;
  end: number;
}

/**
 * A capitalised word that wink-nlp took for a proper noun ("Bombs kill…" in a headline) keeps
 * its plural as lemma: its singular, made by suffix, is tried as well.
 */
function singularOf(t: Token): string | null {
  const lemma = t.lemma;
  if (
    t.pos !== "PROPN" ||
    lemma.length < 4 ||
    lemma[lemma.length - 1] !== "s" ||
    lemma.endsWith("ss")
  )
    return null;
  return lemma.endsWith("ies") ? `${lemma.slice(0, -3)}y` : lemma.slice(0, -1);
}

function matches(t: Token, key: string): boolean {
  return t.lemma === key || singularOf(t) === key;
}

/**
 * Finds the cue terms in a run of tokens by looking each token up in the prebuilt inverted index
 * (longest cue first, no overlaps): the cost grows with the tokens, not with the concepts.
 */
export function findCues(tokens: readonly Token[]): CueHit[] {
  // Article topics and key phrases read the same sentences: find their cues once.
  const cached = CACHE.get(tokens);
  if (cached) return cached;
  const found: CueHit[] = [];
  CACHE.set(tokens, found);
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
  const first = words[i];
  let key = first.lemma;
  let entries = TERMS.get(key);
  if (!entries) {
    const singular = singularOf(first);
    if (singular === null) return null;
    key = singular;
    entries = TERMS.get(key);
    if (!entries) return null;
  }
  for (const { rest, more, hits } of entries) {
    if (i + more.length >= words.length) continue;
    let ok = true;
    for (let k = 0; k < more.length && ok; k++) ok = matches(words[i + 1 + k], more[k]);
    if (!ok) continue;
    const end = words[i + more.length].end;
    return {
      key: rest ? `${key} ${rest}` : key,
      hits,
      start: first.start,
      end,
      length: more.length + 1,
    };
  }
  return null;
}
