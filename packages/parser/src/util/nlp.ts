import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

/**
 * The one wink-nlp instance of the parser: sentence boundaries and POS tags (with lemmas). No
 * stage reads negation flags, so that pipe is left out: it cost a pass over every document.
 */
export const nlp = winkNLP(model, ["sbd", "pos"]);
