import type { Token } from "../doc.ts";
import grammar from "../lexicon/quote-grammar.json" with { type: "json" };
import { isLower } from "../util/token-flags.ts";
import { leadingName } from "./indirect-shapes.ts";
import { needsThat, speechLemma } from "./lexicon.ts";
import { subjectAfter } from "./subject/after.ts";
import { clauseSubject, subjectBefore } from "./subject/before.ts";
import { openingSubject } from "./subject/opening.ts";
import type { SpeakerPhrase } from "./subject/phrase.ts";
import { endsSentence } from "./view.ts";

/** Who said a quote and with which verb, as found in the text around it. */
export interface Attribution {
  speaker: SpeakerPhrase | null;
  /** Token index of the cue verb, or -1 ("— Commissioner X" has none). */
  cue: number;
  lemma: string | null;
}

const DASHES = new Set(["—", "–", "-", "--"]);
const PASSIVE = new Set(grammar.passiveAuxiliaries);

/**
 * Attribution in the tokens after a quote, up to the end of its sentence or the next quote:
 * "“…,” X said", "“…,” said X, a …", "“…,” extending …, said X", "“…” — Commissioner X".
 */
export function attributionAfter(
  toks: Token[],
  from: number,
  to: number,
  terminal: string | null,
): Attribution | null {
  if (from >= to) return null;
  if (DASHES.has(toks[from].text)) {
    // "“…” — Commissioner Dana Whitfield": a name and nothing else (an appositive at most).
    const sp = subjectAfter(toks, from, to - 1);
    const rest = sp ? sp.last + 1 : to;
    if (
      sp?.kind === "name" &&
      (rest >= to || endsSentence(toks[rest]) || toks[rest].text === ",")
    ) {
      return { speaker: sp, cue: -1, lemma: null };
    }
  }
  const floor = toks[from].text === "," ? from + 1 : from;
  // A quote followed by a lone comma at the end of its paragraph has no tag.
  if (floor >= to) return null;
  const source = accordingToTag(toks, floor, to);
  if (source) return source;
  // "“…,” when Lopez blasted him": a subordinate clause after the quote is narration, no tag.
  if (NOT_TAG_LEADS.has(toks[floor].normal) && toks[floor + 1]?.text !== ",") return null;
  // After a quote that ends its sentence the next sentence is not its tag ("…war.” He said …"),
  // unless the tag starts in lower case ("…war.” said Tuck") or is short ("…?” Trump asked").
  const lower = isLower(toks[floor]);
  if (terminal === "." && !lower) return closingTag(toks, floor, to);
  const shortTag = terminal !== null && !lower;
  let inParens = false;
  let parenthesized = 0;
  for (let c = floor; c < to; c++) {
    // "(R-Fla.) said", "(D-N.Y.) said": a period inside parentheses or before a lower-case word
    // ends nothing.
    if (toks[c].text === "(") inParens = true;
    if (inParens) parenthesized++;
    if (toks[c].text === ")") inParens = false;
    const next = toks[c + 1]?.text ?? "";
    if (
      endsSentence(toks[c]) &&
      !inParens &&
      next !== ")" &&
      next !== "," &&
      !/^\p{Ll}/u.test(next)
    )
      break;
    // A party and state in parentheses does not make a tag long.
    if (shortTag && c - from - parenthesized > 4) break;
    const lemma = speechLemma(toks[c], true, toks[c - 1]);
    if (!lemma) continue;
    const before = subjectBefore(toks, c, floor);
    if (before) return { speaker: before, cue: c, lemma };
    const after = subjectAfter(toks, c, to - 1);
    if (after) return { speaker: namedInAppositive(toks, after, to) ?? after, cue: c, lemma };
  }
  return null;
}

/**
 * "“… missing.” Trump said.": a subject and its speech verb that make a whole sentence after a
 * quote ending in a period are its tag (a time word or an adverb may follow the verb), while
 * "“….” He said the …" opens a sentence of its own.
 */
function closingTag(toks: Token[], floor: number, to: number): Attribution | null {
  for (let c = floor + 1; c < to && c <= floor + 5; c++) {
    const lemma = speechLemma(toks[c], true, toks[c - 1]);
    if (!lemma) continue;
    const sp = subjectBefore(toks, c, floor);
    if (sp?.first !== floor || sp.kind === "label") return null;
    let end = c + 1;
    while (end < to && end <= c + 2 && TAG_TAIL.has(toks[end].normal)) end++;
    return end < to && toks[end].text === "." ? { speaker: sp, cue: c, lemma } : null;
  }
  return null;
}

const TAG_TAIL = new Set(grammar.closingTagTail);

/**
 * Attribution in the tokens of the quote's own sentence before it: "X said, “…”", "X said: “…”",
 * "X countered that “…”", "urging that “…”" (subject of the sentence), "And from Chairwoman X:".
 */
export function attributionBefore(toks: Token[], from: number, to: number): Attribution | null {
  if (from >= to) return null;
  let found: Attribution | null = null;
  for (let c = to - 1; c >= from; c--) {
    const lemma = speechLemma(toks[c], false, toks[c - 1], toks[c + 1]);
    if (!lemma || (needsThat(lemma) && predicateBetween(toks, c + 1, to))) continue;
    const sp = subjectBefore(toks, c, from) ?? subjectAfterColon(toks, c, to);
    // A participle without subject ("said, adding that … “…”") keeps its own cue, and takes
    // the subject of the earlier verb.
    if (sp) return found ? { ...found, speaker: sp } : { speaker: sp, cue: c, lemma };
    found ??= { speaker: null, cue: c, lemma };
  }
  if (found) {
    // "A harbor official, speaking on condition of anonymity, said that the mayor “…”": the
    // subject before an aside, as reported clauses find it (quotes/indirect.ts).
    // A passive cue ("has been called a fraud by …") reports no words of the opening subject.
    const active = !PASSIVE.has(toks[found.cue - 1]?.normal);
    const subject =
      clauseSubject(toks, from, found.cue) ??
      (active
        ? (leadingName(toks, from, found.cue) ?? openingSubject(toks, from, found.cue))
        : null);
    return { ...found, speaker: subject };
  }
  return (
    fromColon(toks, from, to) ?? accordingToLead(toks, from, to) ?? issuedStatement(toks, from, to)
  );
}

const STATEMENT_VERBS = new Set(grammar.statementVerbs);
const NOT_TAG_LEADS = new Set(grammar.notTagLeads);
const STATEMENT_NOUNS = new Set(grammar.statementNouns);

/**
 * "X issued a statement, “…”", "X released the following statement:": the statement it issues
 * right before the quotation (a colon or comma, at most a time word between) is the quotation.
 */
function issuedStatement(toks: Token[], from: number, to: number): Attribution | null {
  // The mark before the quotation, or the colon ending a paragraph that introduces the next one.
  const mark = /^[,:]$/.test(toks[to - 1]?.text ?? "") ? to - 1 : toks[to]?.text === ":" ? to : -1;
  if (mark < 0) return null;
  for (let n = mark - 1; n > from && n >= mark - 3; n--) {
    if (!STATEMENT_NOUNS.has(toks[n].normal)) continue;
    for (let v = n - 1; v >= from && v >= n - 3; v--) {
      if (toks[v].pos !== "VERB" || !STATEMENT_VERBS.has(toks[v].lemma)) continue;
      const speaker = subjectBefore(toks, v, from);
      return speaker ? { speaker, cue: v, lemma: "say" } : null;
    }
    return null;
  }
  return null;
}

/**
 * "will maintain a presence … and will next week move to a “…”": a verb that reports speech only
 * with "that" (`onlyWithThat`) does not govern a quotation that another predicate governs.
 */
function predicateBetween(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if ((t.pos === "AUX" || t.pos === "VERB") && !/(?:ing|ed)$/.test(t.normal)) return true;
  }
  return false;
}

/** "said the energy minister, Jane Roe.": the name in the appositive says who the title is. */
function namedInAppositive(toks: Token[], sp: SpeakerPhrase, to: number): SpeakerPhrase | null {
  if (sp.kind !== "label" || toks[sp.last + 1]?.text !== ",") return null;
  const named = subjectAfter(toks, sp.last + 1, to - 1);
  if (named?.kind !== "name" || named.first !== sp.last + 2) return null;
  const next = toks[named.last + 1];
  // "…, Jane Roe of the Grocers Federation.": where she works may follow the name.
  return !next || next.text === "," || next.normal === "of" || endsSentence(next) ? named : null;
}

/** "According to Limbaugh, “…”", "According to the Ledger: “…”": the source named right before. */
function accordingToLead(toks: Token[], from: number, to: number): Attribution | null {
  for (let a = from; a + 2 < to; a++) {
    if (toks[a].normal !== "according" || toks[a + 1].normal !== "to") continue;
    const sp = subjectAfter(toks, a + 1, to - 1);
    return sp && sp.last + 2 === to && /^[,:]$/.test(toks[sp.last + 1].text)
      ? { speaker: sp, cue: a, lemma: "according to" }
      : null;
  }
  return null;
}

/** "“…,” according to CNN.": the source named right after the quotation, ending its sentence. */
function accordingToTag(toks: Token[], floor: number, to: number): Attribution | null {
  if (toks[floor].normal !== "according" || toks[floor + 1]?.normal !== "to") return null;
  const sp = subjectAfter(toks, floor + 1, to - 1);
  const next = sp ? toks[sp.last + 1] : undefined;
  return sp && (!next || endsSentence(next) || next.text === ",")
    ? { speaker: sp, cue: floor, lemma: "according to" }
    : null;
}

const RECIPIENT = new Set(grammar.recipientVerbs);

/** "said Jones: “…”" — but never the listener of "telling Reuters: “…”". */
function subjectAfterColon(toks: Token[], c: number, to: number): SpeakerPhrase | null {
  const lemma = speechLemma(toks[c], false, toks[c - 1]);
  if (toks[c].normal.endsWith("ing") || (lemma && RECIPIENT.has(lemma))) return null;
  const sp = subjectAfter(toks, c, to - 1);
  if (!sp) return null;
  // "says Smith “has no plan …”": the name is the subject of the quoted clause.
  if (sp.last + 1 >= to) return isLower(toks[to + 1]) ? null : sp;
  const next = toks[sp.last + 1].text;
  return next === ":" || next === "," ? sp : null;
}

/** "And from Chairwoman X:" — a speaker introduced by "from" and a colon, with no verb. */
function fromColon(toks: Token[], from: number, to: number): Attribution | null {
  if (toks[to - 1]?.text !== ":") return null;
  for (let k = to - 2; k >= from; k--) {
    if (toks[k].normal !== "from") continue;
    const sp = subjectAfter(toks, k, to - 2);
    if (sp && sp.kind === "name") return { speaker: sp, cue: -1, lemma: null };
  }
  // "Menon:" opening a paragraph of quotation.
  const sp = to - 1 > from ? subjectAfter(toks, from - 1, to - 2) : null;
  return sp && sp.kind === "name" && sp.first === from
    ? { speaker: sp, cue: -1, lemma: null }
    : null;
}
