type Lemmatize = (value: string, pos: string, cache: unknown) => string;

// Past this many remembered words per tag, start again: bounds memory on endless vocabularies.
const MAX_WORDS = 50_000;

/**
 * wink-nlp's lemmatizer, remembering its answer per word and tag. wink-nlp calls it for every
 * token whose lemma depends on its tag (2.5% of the parser's CPU, mostly regular-expression
 * replacements). Its answer is a function of the word and the tag alone: the model's lemmatizer
 * consults only the built-in lexicon (`hasSamePOS` answers false for any word outside it, so
 * words wink-nlp learns while reading change nothing), so remembering it changes no lemma.
 * It lemmatizes only adjectives, nouns and verbs and returns any other word as it is.
 * The remembered string is also the same object each time, so the later Map look-ups by lemma
 * (cue index, speech verbs) find its hash already computed.
 */
export function lemmaMemo(lemmatize: unknown): Lemmatize {
  const fn = lemmatize as Lemmatize;
  const nouns = new Map<string, string>();
  const verbs = new Map<string, string>();
  const adjectives = new Map<string, string>();
  return (value, pos, cache) => {
    const seen =
      pos === "NOUN" ? nouns : pos === "VERB" ? verbs : pos === "ADJ" ? adjectives : undefined;
    if (seen === undefined) return fn(value, pos, cache);
    const hit = seen.get(value);
    if (hit !== undefined) return hit;
    const lemma = fn(value, pos, cache);
    if (seen.size >= MAX_WORDS) seen.clear();
    seen.set(value, lemma);
    return lemma;
  };
}
