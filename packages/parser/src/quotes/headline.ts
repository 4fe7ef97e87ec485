import type { Doc, Token } from "../doc.ts";
import { tokenize } from "../stages/sentences.ts";
import { dropFinalStop } from "../structure/headline.ts";
import { squash } from "../structure/text.ts";
import type { Draft } from "./draft.ts";
import { reportedSpeech } from "./indirect.ts";
import { speechLemma } from "./lexicon.ts";
import type { ParagraphView } from "./view.ts";

/** Where a headline statement sits: before the body, in no paragraph (like a caption's). */
const HEADLINE = -1;

/**
 * Statements of the headline ("Mayor Says Budget Will Pass", "Clinic staff warn of delays"): the
 * headline is the first line of a plain text when the structure stage read it as the title. It
 * is read by the rules of the body's reported speech, once, with a headline's capitalized verbs
 * taken as verbs. Its speaker is a mention like any other: coreference resolves "Mayor Ruiz" of
 * the headline to the Ana Ruiz of the body. A speaker written as a pronoun ("It Says …") has no
 * antecedent above the headline, so it makes no statement.
 */
export function headlineStatements(doc: Doc): Draft[] {
  const view = headlineView(doc);
  if (!view) return [];
  const written = new Map(view.original.map((t) => [t.start, t]));
  return reportedSpeech(doc, [view])
    .filter((d) => d.source?.phrase.kind !== "pronoun")
    .map((d) => ({ ...d, cue: d.cue ? (written.get(d.cue.start) ?? d.cue) : null }));
}

interface HeadlineView extends ParagraphView {
  /** The tokens as written (the view's verbs are lower-cased). */
  original: Token[];
}

function headlineView(doc: Doc): HeadlineView | null {
  const lines = headlineLines(doc);
  if (lines.length === 0) return null;
  const sentences = lines.flatMap(([a, b]) => tokenize(doc.text, a, b, HEADLINE));
  const original = sentences.flatMap((s) => s.tokens);
  if (original.length < 3) return null;
  const sentenceStarts: number[] = [];
  let at = 0;
  for (const s of sentences) {
    sentenceStarts.push(at);
    at += s.tokens.length;
  }
  const tokens = original.map((t, i) => {
    if (headlineVerb(original, i)) return lowered(t);
    // "Mayor Just Said", "Board Now Says": an adverb before the verb, not part of a name.
    if (i > 0 && ADVERBS.has(t.normal) && headlineVerb(original, i + 1))
      return { ...lowered(t), pos: "ADV" };
    return t;
  });
  const [start, end] = [lines[0][0], lines[lines.length - 1][1]];
  return { index: HEADLINE, start, end, tokens, sentenceStarts, original };
}

/**
 * The first line of the text when it is the article's title, and the second when the title goes
 * on there ("A; B" on two lines, as the structure stage joins them). The title drops a final stop.
 */
function headlineLines(doc: Doc): [number, number][] {
  const title = doc.article.title;
  if (!title || doc.format !== "text") return [];
  const limit = doc.article.paragraphs[0]?.start ?? doc.text.length;
  let start = 0;
  while (start < limit && /\s/.test(doc.text[start])) start++;
  const first = lineAt(doc.text, start, limit);
  if (!first || !title.startsWith(first.text)) return [];
  const second = first.text.length < title.length ? lineAt(doc.text, first.next, limit) : null;
  const both = second && title.endsWith(second.text) && !second.blank;
  return both ? [first.span, second.span] : [first.span];
}

/** The line of `text` starting at `start`, squashed, its final stop dropped, and its span. */
function lineAt(text: string, start: number, limit: number) {
  if (start >= limit) return null;
  let end = text.indexOf("\n", start);
  if (end < 0 || end > limit) end = limit;
  const line = dropFinalStop(squash(text.slice(start, end)).trim());
  if (line.length < 3) return null;
  const next = end + 1;
  // "Mayor Says X – You Won't Believe Why": a dash sets off a teaser, no part of the statement.
  const dash = /\s[–—-]{1,2}\s|\S[–—-]\s/.exec(text.slice(start, end));
  if (dash) end = start + dash.index + 1;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { text: line, span: [start, end] as [number, number], next, blank: end === start };
}

/**
 * "Senator Says", "Board Warns": in a headline's capitals, a speech verb the tagger reads as a
 * verb is one, though a capitalized verb form inside a body sentence is a name ("bin Said").
 */
function headlineVerb(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (i === 0 || t.pos !== "VERB" || !/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
  return speechLemma(lowered(t), false, toks[i - 1], toks[i + 1]) !== null;
}

const ADVERBS = new Set(["just", "now", "finally", "also", "again", "still", "already"]);

const lowered = (t: Token): Token => ({ ...t, text: t.text.toLowerCase() });
