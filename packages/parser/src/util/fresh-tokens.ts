/**
 * wink-nlp learns every word it reads: an out-of-vocabulary word is added to its cache, and a
 * word found in the cache is kept whole by the tokenizer. So a parse depended on the articles the
 * process had read before: once "closer to Acme’s, and" had been read (the possessive before a
 * comma is taken whole), every later "Acme’s" was one token instead of "Acme" + "’s", with other
 * tags and sentence spans: the same article parsed differently in a fresh worker and in a busy
 * one, and an eval or an ingest depended on the order of its input.
 */

/** The part of wink-nlp's cache this module touches (its lexeme look-up). */
interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  intrinsicSize(): number;
}

interface WinkInstance {
  readDoc(text: string): { out(f: unknown): unknown };
  its: { readabilityStats: unknown };
}

type Addons = Record<string, unknown>;

/**
 * Makes the tokenizer of `nlp` read every token as it would in a new process: its look-up finds
 * only the model's own lexicon, never a word learnt from earlier text. Words still enter the
 * cache (their features are computed once); they are only no longer looked up as whole tokens.
 * `addons` is the addons object given to `nlp` with its model: the cache is reached through it.
 */
export function tokenizeAsNew(nlp: WinkInstance, addons: Addons): void {
  const cache = cacheOf(nlp, addons);
  const { lookup, add } = cache;
  const intrinsicSize = cache.intrinsicSize();
  // Adding a word computes its features, which look up its lower-case form just added: those
  // look-ups must see learnt words. Only the tokenizer's look-ups (outside `add`) must not.
  let adding = false;
  cache.add = (text, category) => {
    adding = true;
    try {
      return add(text, category);
    } finally {
      adding = false;
    }
  };
  cache.lookup = (text) => {
    const found = lookup(text);
    if (adding || found === null) return found;
    return found.length === 1 && found[0] >= intrinsicSize ? null : found;
  };
}

// wink-nlp keeps its cache private; an addon is called with the document's data, which holds it.
function cacheOf(nlp: WinkInstance, addons: Addons): WinkCache {
  const readabilityStats = addons.readabilityStats;
  let cache: WinkCache | undefined;
  addons.readabilityStats = (rdd: { cache: WinkCache }) => {
    cache = rdd.cache;
    return null;
  };
  try {
    nlp.readDoc("A word.").out(nlp.its.readabilityStats);
  } finally {
    addons.readabilityStats = readabilityStats;
  }
  const methods = ["lookup", "add", "intrinsicSize"] as const;
  if (!cache || methods.some((m) => typeof cache?.[m] !== "function"))
    throw new Error("wink-nlp: its cache could not be reached (a changed wink-nlp version?)");
  return cache;
}
