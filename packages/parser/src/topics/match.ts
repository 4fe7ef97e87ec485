import index from "../../data/iptc/cue-index.json" with { type: "json" };
import type { Token } from "../doc.ts";
import { slot } from "../util/slot.ts";
import type { CueEntry, CueIndex } from "./build-index.ts";
import { isCueWord } from "./cue-word.ts";

interface Term {
  /** The whole cue as lemmas, e.g. "peace talk". */
  key: string;
  /** Its lemmas after the first. */
  more: string[];
  hits: CueEntry[1];
}

// The index as a Map with each continuation split, and each cue's key built, once at load.
const TERMS = new Map<string, Term[]>(
  Object.entries((index as unknown as CueIndex).terms).map(([first, entries]) => [
    first,
    entries.map(([rest, hits]) => ({
      key: rest ? `${first} ${rest}` : first,
      more: rest ? rest.split(" ") : [],
      hits,
    })),
  ]),
);
const CACHE = slot<readonly Token[], CueHit[]>("cues");
const CUE_LEMMAS = new Set<string>();
for (const [first, terms] of TERMS) {
  CUE_LEMMAS.add(first);
  for (const t of terms) for (const m of t.more) CUE_LEMMAS.add(m);
}

/** Whether a lemma occurs in any cue. */
export function isCueLemma(lemma: string): boolean {
  return CUE_LEMMAS.has(lemma);
}

/** One cue found in the text: which concepts it points to, and where it starts and ends. */
export interface CueHit {
  key: string;
  hits: CueEntry[1];
  start: number;
  end: number;
}

/**
 * A capitalised word that wink-nlp took for a proper noun ("Bombs kill…") keeps its plural as
 * lemma: its singular, made by suffix, is tried as well.
 */
function singularOf(t: Token): string | null {
  const lemma = t.lemma;
  if (
    t.pos !== "PROPN" ||
    lemma.length < 4 ||
    lemma[lemma.length - 1] !== "s" ||
    lemma.endsWith("ss")
  ) {
    return null;
  }
  return lemma.endsWith("ies") ? `${lemma.slice(0, -3)}y` : lemma.slice(0, -1);
}

/**
 * Finds the cue terms in a run of tokens by looking each token up in the prebuilt inverted index
 * (longest cue first, no overlaps): the cost grows with the tokens, not with the concepts.
 * Results are cached per token array, since topics, key phrases and statements read the same
 * sentences.
 */
export function findCues(tokens: readonly Token[]): CueHit[] {
  const cached = CACHE.get(tokens);
  if (cached) return cached;
  const found: CueHit[] = [];
  CACHE.set(tokens, found);
  for (let i = 0; i < tokens.length; i++) {
    // No cue starts with punctuation or "'s", so the index lookup alone rejects them.
    const next = cueAt(tokens, i, found);
    if (next > i) i = next;
  }
  return found;
}

/** Index of the next cue word after i, or tokens.length. */
function nextWord(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && !isCueWord(tokens[j])) j++;
  return j;
}

/** Adds the longest cue starting at tokens[i] to found; returns the index of its last token. */
function cueAt(tokens: readonly Token[], i: number, found: CueHit[]): number {
  const first = tokens[i];
  let terms = TERMS.get(first.lemma);
  if (!terms) {
    const singular = singularOf(first);
    if (singular === null) return i;
    terms = TERMS.get(singular);
    if (!terms) return i;
  }
  for (const term of terms) {
    let j = i;
    let ok = true;
    for (let k = 0; k < term.more.length && ok; k++) {
      j = nextWord(tokens, j);
      const t = tokens[j];
      ok = t !== undefined && (t.lemma === term.more[k] || singularOf(t) === term.more[k]);
    }
    if (!ok) continue;
    found.push({ key: term.key, hits: term.hits, start: first.start, end: tokens[j].end });
    return j;
  }
  return i;
}
