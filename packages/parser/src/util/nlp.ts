import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { tokenizeAsNew } from "./fresh-tokens.ts";
import { lemmaMemo } from "./lemma-memo.ts";

const addons = { ...model.addons, lemmatize: lemmaMemo(model.addons.lemmatize) };

/**
 * The one wink-nlp instance of the parser: sentence boundaries and POS tags (with lemmas). No
 * stage reads negation flags, so that pipe is left out: it cost a pass over every document.
 * The model is a copy whose lemmatizer remembers its answers (see `lemmaMemo`); the shared model
 * object is left as it is for any other wink-nlp instance in the process. Its tokenizer reads
 * every article as a new process would (see `tokenizeAsNew`).
 */
export const nlp = winkNLP({ ...model, addons }, ["sbd", "pos"]);

tokenizeAsNew(
  nlp as unknown as Parameters<typeof tokenizeAsNew>[0],
  addons as unknown as Record<string, unknown>,
);
