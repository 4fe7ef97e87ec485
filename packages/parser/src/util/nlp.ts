import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { lemmaMemo } from "./lemma-memo.ts";

/**
 * The one wink-nlp instance of the parser: sentence boundaries and POS tags (with lemmas). No
 * stage reads negation flags, so that pipe is left out: it cost a pass over every document.
 * The model is a copy whose lemmatizer remembers its answers (see `lemmaMemo`); the shared model
 * object is left as it is for any other wink-nlp instance in the process.
 */
export const nlp = winkNLP(
  { ...model, addons: { ...model.addons, lemmatize: lemmaMemo(model.addons.lemmatize) } },
  ["sbd", "pos"],
);
