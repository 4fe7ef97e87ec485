import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

/** The one wink-nlp instance of the parser: sentence boundaries, POS tags, negation. */
export const nlp = winkNLP(model, ["sbd", "pos", "negation"]);
