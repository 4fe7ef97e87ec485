import type { Doc } from "../doc.ts";
import grammar from "../lexicon/quote-grammar.json" with { type: "json" };
import { type Attribution, attributionAfter, attributionBefore } from "./attribute.ts";
import { findChannel } from "./channel.ts";
import { type Draft, type SpeakerSource, sourceOf } from "./draft.ts";
import { lastSentence, narrationSubject } from "./floating.ts";
import { endsAtBoundary, isDirect } from "./kind.ts";
import { findMarkedSpans, type MarkedSpan } from "./marks.ts";
import { namesAThing } from "./names-a-thing.ts";
import type { Orphan } from "./orphans.ts";
import { clauseSubject } from "./subject/before.ts";
import {
  type ParagraphView,
  sentenceEndAfter,
  sentenceStartBefore,
  tokenAtOrAfter,
  tokenEndingBy,
} from "./view.ts";

/**
 * Quotations between quotation marks: direct quotes and partial quotes (fragments governed by a
 * speech verb), each attributed from the words after it, before it, or the quote it continues.
 * Direct quotations that open a sentence with nothing to attribute them go to `orphans`: the
 * statement before them may name their speaker once indirect statements are known.
 */
export function markedQuotes(doc: Doc, views: ParagraphView[], orphans: Orphan[] = []): Draft[] {
  const drafts: Draft[] = [];
  let runOn: Draft | null = null;
  let lastOfPrevious: Draft | null = null;
  let prevView: ParagraphView | null = null;
  let prevMarks: MarkedSpan[] = [];
  for (const v of views) {
    const toks = v.tokens;
    const spans = findMarkedSpans(doc.text, v.start, v.end);
    let previous: Draft | null = null;
    spans.forEach((span, i) => {
      const qFirst = tokenAtOrAfter(toks, span.open);
      const qLast = tokenEndingBy(toks, span.close);
      const prevClose = i > 0 ? tokenEndingBy(toks, spans[i - 1].close) + 1 : 0;
      const nextOpen = i + 1 < spans.length ? tokenAtOrAfter(toks, spans[i + 1].open) : toks.length;
      const direct = isDirect(doc.text, span, v.end);
      const content = doc.text.slice(span.start, span.end);
      if (isTitle(doc.text, span) || namesAThing(doc.text, span)) {
        runOn = null;
        return;
      }
      const attr = choose(
        attributionAfter(
          toks,
          qLast + 1,
          direct ? nextOpen : sentenceEndAfter(toks, qLast + 1, nextOpen),
          /[.!?]$/.test(content) ? content.at(-1)! : null,
        ),
        attributionBefore(toks, sentenceStartBefore(toks, qFirst, prevClose), qFirst),
        qLast + 1,
      );
      // "He voiced his “…” on Twitter, writing “…”": a participle after an earlier quotation of
      // the sentence shares the subject the sentence opened with.
      if (attr && !attr.speaker && attr.cue >= 0 && toks[attr.cue].normal.endsWith("ing"))
        attr.speaker = clauseSubject(toks, sentenceStartBefore(toks, qFirst, 0), attr.cue);
      const startsParagraph = span.open === v.start;
      // "The Times reports:" ending the paragraph before introduces this quotation.
      const lead =
        !attr?.speaker &&
        startsParagraph &&
        i === 0 &&
        prevView &&
        !lastOfPreviousEndsLate(prevView, lastOfPrevious)
          ? colonLead(prevView, prevMarks)
          : null;
      if (lead) {
        const draft = make(
          span,
          direct,
          v.index,
          lead.source,
          lead.cue,
          lead.lemma,
          null,
          lead.key,
        );
        runOn = span.closed ? null : draft;
        drafts.push(draft);
        previous = draft;
        return;
      }
      // Narration between the last quote and this one, or ending the paragraph before, may
      // introduce who speaks now.
      const narrated =
        runOn || attr?.speaker
          ? null
          : !startsParagraph
            ? narrationSource(v, prevClose, qFirst, spans)
            : i === 0 && prevView
              ? narrationSource(prevView, 0, prevView.tokens.length, prevMarks, lastOfPrevious)
              : null;
      const continued =
        runOn ??
        (startsParagraph && i === 0 ? continuable(lastOfPrevious, v.index) : null) ??
        previous;
      if (narrated && direct) {
        const draft = make(span, true, v.index, narrated, null, null, null, `${v.index}:q${i}`);
        runOn = span.closed ? null : draft;
        drafts.push(draft);
        previous = draft;
        return;
      }
      let draft: Draft | null = null;
      if (attr?.speaker || (attr && !continued)) {
        const source = attr.speaker ? sourceOf(toks, attr.speaker, v.index) : null;
        const key = attr.cue >= 0 ? `${v.index}:${attr.cue}` : `${v.index}:q${i}`;
        const channel = attr.cue >= 0 ? findChannel(toks, attr.cue, attr.lemma, nextOpen) : null;
        draft = make(
          span,
          direct,
          v.index,
          source,
          attr.cue >= 0 ? toks[attr.cue] : null,
          attr.lemma,
          channel,
          key,
        );
        if (continued && !attr.speaker) inherit(draft, continued);
      } else if (direct && continued && (continued.kind === "direct" || !startsParagraph)) {
        draft = make(span, true, v.index, null, null, null, null, continued.statement);
        inherit(draft, continued);
      } else if (previous && coordinated(doc.text, spans[i - 1], span)) {
        // "called it “bold” and “long overdue”": the second fragment shares the first one's verb.
        draft = make(span, false, v.index, null, null, null, null, previous.statement);
        inherit(draft, previous);
      }
      // "“… ⏎ “…,” she said": a quotation left open at a paragraph's end goes on in the next one,
      // even where a pronoun names its speaker again; a new name says the mark was only missing.
      if (draft && runOn && i === 0 && draft.source?.phrase.kind !== "name")
        draft.statement = runOn.statement;
      // Quotations nobody is said to have said (titles, slogans, signs) are not statements.
      // "“…,” Menon added, “because …”": the second segment of a split direct quote is direct too.
      if (
        draft?.kind === "partial" &&
        previous?.statement === draft.statement &&
        previous.kind === "direct" &&
        endsAtBoundary(doc.text, span, v.end) &&
        /[,:]\s*$/.test(doc.text.slice(Math.max(v.start, span.open - 3), span.open))
      ) {
        draft.kind = "direct";
      }
      runOn = span.closed ? null : draft;
      if (!draft && !attr && direct && span.closed) {
        const after = sentenceBefore(
          doc.text,
          v,
          prevView,
          qFirst,
          span.open,
          startsParagraph && i === 0,
        );
        if (after !== null)
          orphans.push({ start: span.start, end: span.end, paragraph: v.index, after });
      }
      // A quotation with a verb but nobody to say it ("was quoted as saying") tells no one who.
      if (draft && !draft.source) return;
      if (!draft) return;
      drafts.push(draft);
      previous = draft;
    });
    if (previous) lastOfPrevious = previous;
    prevView = v;
    prevMarks = spans;
  }
  return drafts;
}

/**
 * Where the sentence of narration before a quotation that opens a sentence starts: the last
 * sentence of the paragraph before when the quotation opens its paragraph. Null when the
 * quotation does not open a sentence.
 */
function sentenceBefore(
  text: string,
  v: ParagraphView,
  prevView: ParagraphView | null,
  qFirst: number,
  open: number,
  opensParagraph: boolean,
): number | null {
  if (opensParagraph) return prevView ? prevView.tokens[lastSentence(prevView)[0]].start : null;
  const toks = v.tokens;
  if (qFirst < 2 || !/[.!?]["'”’)]*\s*$/.test(text.slice(toks[qFirst - 1].start, open)))
    return null;
  return toks[sentenceStartBefore(toks, qFirst - 1, 0)].start;
}

/** True when only a comma or a conjunction lies between two quotations ("“…” and “…”"). */
function coordinated(text: string, a: MarkedSpan, b: MarkedSpan): boolean {
  return /^\s*,?\s*(?:(?:and|or|but|nor)\s+)?$/.test(text.slice(a.close, b.open));
}

/** True when the last quote of the paragraph before lies in its last sentence. */
function lastOfPreviousEndsLate(v: ParagraphView, last: Draft | null): boolean {
  const [lo] = lastSentence(v);
  return !!last && last.paragraph === v.index && last.end > v.tokens[lo].start;
}

/** "He said:" / "The New York Times reports:" closing a paragraph: who speaks in the next one. */
function colonLead(
  v: ParagraphView,
  marks: MarkedSpan[],
): { source: SpeakerSource; cue: Draft["cue"]; lemma: string | null; key: string } | null {
  const toks = v.tokens;
  if (toks.at(-1)?.text !== ":") return null;
  const [lo] = lastSentence(v);
  const a = toks[lo].start;
  if (marks.some((m) => m.close > a)) return null;
  const attr = attributionBefore(toks, lo, toks.length - 1);
  if (!attr?.speaker || attr.cue < 0) return null;
  return {
    source: sourceOf(toks, attr.speaker, v.index),
    cue: toks[attr.cue],
    lemma: attr.lemma,
    key: `${v.index}:${attr.cue}`,
  };
}

/** The speaker the narration in [from, to) of `v` introduces, after the last quote `last`. */
function narrationSource(
  v: ParagraphView,
  from: number,
  to: number,
  marks: MarkedSpan[],
  last?: Draft | null,
): SpeakerSource | null {
  let lo = from;
  if (last !== undefined) {
    // The paragraph before must end in narration, after its own quotes.
    [lo] = lastSentence(v);
    if (last && last.paragraph === v.index && last.end > v.tokens[lo].start) return null;
  }
  const phrase = narrationSubject(v, lo, to, marks);
  return phrase ? sourceOf(v.tokens, phrase, v.index) : null;
}

const SMALL_WORDS = new Set(grammar.titleSmallWords);
const CALLING =
  /\b(?:call|calls|called|calling|dubbed|labell?ed|branded|nicknamed)\b(?:\s+\S+){0,3}\s*$/i;

/**
 * "Monday Night Baseball", "Latin History for Dummies", a book's "Main Title: The Subtitle of It":
 * every word capitalized (small words aside) is a title, not speech; "That’s Jane and Tom." opens
 * with a contracted verb and is a sentence.
 */
function isTitle(text: string, span: MarkedSpan): boolean {
  // "called her “The Iron Lady of Europe”": a calling verb may report a speaker's words; the
  // statements stage tells the two apart (statements/naming.ts).
  if (CALLING.test(text.slice(Math.max(0, span.open - 40), span.open))) return false;
  const content = text.slice(span.start, span.end);
  const words = content.replace(/[,.!?:;]+$/, "").split(/\s+/);
  if (words.length > 12 || words.length < 2) return false;
  if (/^(?:That|It|He|She|There|Here|What|Who|I|We|You|They)['’]/.test(words[0])) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.has(w));
}

/** Prefers a tag right after the quote, then a verb before it in its sentence, then any after. */
function choose(
  after: Attribution | null,
  before: Attribution | null,
  quoteEnd: number,
): Attribution | null {
  // "… “could endanger growth,” according to CNBC": a speaker of the sentence's own verb said
  // it; the outlet after it only reports that.
  if (after?.lemma === "according to" && before?.speaker) return before;
  const near =
    after?.speaker &&
    Math.min(after.speaker.first, after.cue < 0 ? Infinity : after.cue) - quoteEnd <= 2;
  if (near) return after;
  if (before?.speaker) return before;
  if (after?.speaker) return after;
  return before ?? after;
}

/** A quote that opens a paragraph continues the last speaker of the paragraph just before. */
function continuable(last: Draft | null, paragraph: number): Draft | null {
  return last && last.paragraph >= paragraph - 1 && last.kind === "direct" && last.source
    ? last
    : null;
}

function inherit(draft: Draft, from: Draft): void {
  draft.source ??= from.source;
  draft.cue ??= from.cue;
  draft.lemma ??= from.lemma;
  draft.channel ??= from.channel;
  draft.statement = from.statement;
}

function make(
  span: MarkedSpan,
  direct: boolean,
  paragraph: number,
  source: Draft["source"],
  cue: Draft["cue"],
  lemma: string | null,
  channel: string | null,
  statement: string,
): Draft {
  return {
    start: span.start,
    end: span.end,
    kind: direct ? "direct" : "partial",
    paragraph,
    source,
    cue,
    lemma,
    channel,
    statement,
  };
}
