import verbs from "../lexicon/quote-verbs.json";

/** Verbs that may introduce reported speech ("X said that …"), as lemmas. */
export const indirectVerbs = new Set(verbs.indirect);
/** Verbs that frame a quotation ("described … as"), as lemmas. */
export const framingVerbs = new Set(verbs.framing);
// Maps, not objects: most look-ups miss, and a miss must not find "constructor" on the prototype.
const forms = new Map(Object.entries(verbs.forms as Record<string, string>));

/** The lemma a verb form stands for: its irregular form's lemma, else wink-nlp's lemma. */
export const speechForm = (normal: string, lemma: string): string => forms.get(normal) ?? lemma;

/**
 * Whether a token with this normal form and lemma is a verb of speech by its words alone (the
 * first test of `speechLemma`; its context tests come after). Kept apart from `lexicon.ts` so that
 * the token flags (`util/token-flags.ts`), which `speechLemma` reads, can import it.
 */
export function maySpeak(normal: string, lemma: string): boolean {
  const l = speechForm(normal, lemma);
  return indirectVerbs.has(l) || framingVerbs.has(l);
}
