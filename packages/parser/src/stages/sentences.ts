import type { Doc, Sentence, Token } from "../doc.ts";
import { breakLongRuns } from "../util/long-runs.ts";
import { nlp } from "../util/nlp.ts";
import { UNSET } from "../util/token-flags.ts";

const its = nlp.its;

/**
 * Splits body paragraphs and captions into sentences and tokens with wink-nlp, keeping offsets
 * into `doc.text`. Related stories and the footer are never tokenised: they are not the article.
 */
export function sentences(doc: Doc): Doc {
  if (doc.article.language !== "en" && doc.article.language !== "und") return doc;
  const out: Sentence[] = [];
  const { paragraphs, captions } = doc.article;
  for (let i = 0; i < paragraphs.length; i++)
    for (const s of tokenize(doc.text, paragraphs[i].start, paragraphs[i].end, i)) out.push(s);
  for (let i = 0; i < captions.length; i++)
    for (const s of tokenize(doc.text, captions[i].start, captions[i].end, -1 - i)) out.push(s);
  return { ...doc, sentences: out };
}

/** The sentences of `text` between `start` and `end`, tagged with `paragraph`. */
export function tokenize(text: string, start: number, end: number, paragraph: number): Sentence[] {
  const slice = text.slice(start, end);
  const wdoc = nlp.readDoc(breakLongRuns(slice));
  // One token collection read column by column; each `tokens()` call built another.
  const col = wdoc.tokens();
  const values = col.out(its.value) as string[];
  const pos = col.out(its.pos) as string[];
  // wink-nlp's typings miss that lemma is a token function like the others.
  const lemma = col.out(its.lemma as unknown as typeof its.value) as string[];
  const normal = col.out(its.normal) as string[];
  const type = col.out(its.type) as string[];
  const tokens: Token[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const at = placeOf(slice, value, cursor);
    // wink-nlp keeps tokens as written; if one ever differs, place it at the cursor.
    const s = at < 0 ? cursor : at;
    const e = at < 0 ? Math.min(slice.length, cursor + value.length) : at + value.length;
    tokens[i] = {
      // Found as written, the value is the text: no second copy of every token.
      text: at < 0 ? slice.slice(s, e) : value,
      start: start + s,
      end: start + e,
      pos: pos[i],
      lemma: lemma[i],
      normal: normal[i],
      type: type[i],
      flags: UNSET,
    };
    cursor = e;
  }
  const sentences: Sentence[] = [];
  let t = 0;
  // Each sentence's [first, last] token index: its length without a collection per sentence.
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  for (const [first, last] of spans) {
    const count = last - first + 1;
    const toks = joinDottedNames(tokens.slice(t, t + count));
    t += count;
    if (toks.length === 0) continue;
    const sStart = toks[0].start;
    const sEnd = toks[toks.length - 1].end;
    sentences.push({
      text: text.slice(sStart, sEnd),
      start: sStart,
      end: sEnd,
      paragraph,
      tokens: toks,
    });
  }
  return joinGluedSentences(joinTitleAbbreviations(text, sentences));
}

// A lone capital ("N" of "N.Y.") or a word in capitals ("JAZZ" of "JAZZ.FM91").
const LETTER = /^\p{Lu}(?:[\p{Lu}\d]*)$/u;
// A domain ending after a capitalized word ("Condos" + "ca" of "Condos.ca"): lower case right
// after a dot with no space never opens a sentence.
const DOMAIN = /^[a-z]{2,4}$/;

/**
 * "Rep. Ann Cole, R-N.Y., said": wink-nlp may end a sentence inside a dotted abbreviation
 * ("… R-N." | "Y., said …") or a dotted name ("JAZZ." | "FM91 on Friday"). A sentence that ends
 * in a lone capital or a word in capitals and its dot, and is followed with no space by the next
 * one, is the same sentence, as is a web name ("Condos." | "ca CEO"); "N", ".", "Y." become one
 * token "N.Y.".
 */
function joinGluedSentences(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const [letter, dot] = prev ? prev.tokens.slice(-2) : [];
    const glued =
      prev?.paragraph === s.paragraph &&
      prev.end === s.start &&
      dot?.text === "." &&
      letter?.end === dot.start &&
      (LETTER.test(letter.text) ||
        (UPPER_START.test(letter.text) && DOMAIN.test(s.tokens[0].text)));
    if (!glued) {
      out.push(s);
      continue;
    }
    const [first, ...rest] = s.tokens;
    const text = `${letter.text}.${first.text}`;
    const normal = text.toLowerCase();
    const joined = {
      ...first,
      text,
      normal,
      lemma: normal,
      start: letter.start,
      pos: "PROPN",
      flags: UNSET,
    };
    const tokens = [...prev.tokens.slice(0, -2), joined, ...rest];
    out[out.length - 1] = { ...prev, text: prev.text + s.text, end: s.end, tokens };
  }
  return out;
}

/**
 * `slice.indexOf(value, cursor)`, settled for the usual token (at the cursor, or after spaces and
 * line breaks) without a search: an occurrence cannot start on a space or line break unless the
 * token itself does.
 */
function placeOf(slice: string, value: string, cursor: number): number {
  const first = value.charCodeAt(0);
  if (value.length > 0 && first !== 32 && first !== 10) {
    let j = cursor;
    while (j < slice.length) {
      const c = slice.charCodeAt(j);
      if (c !== 32 && c !== 10) break;
      j++;
    }
    if (slice.startsWith(value, j)) return j;
  }
  return slice.indexOf(value, cursor);
}

// Plural and rare title abbreviations wink-nlp ends a sentence at ("Sens. Amy Roth, …").
const TITLE_ABBREVIATION = /^(?:Sens|Reps|Govs|Gens|Lt|Sgt|Cpl|Adm|Brig|Cmdr|Supt|Rev|Hon)$/;

/** Joins a sentence that is only a title abbreviation ("Sens.") to the sentence it titles. */
function joinTitleAbbreviations(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const next = sentences[i + 1];
    const lone =
      s.tokens.length <= 3 && TITLE_ABBREVIATION.test(s.tokens[s.tokens.length - 2]?.text ?? "");
    if (lone && s.tokens[s.tokens.length - 1].text === "." && next) {
      const [word, dot] = s.tokens.slice(-2);
      const abbreviation = {
        ...word,
        text: `${word.text}.`,
        end: dot.end,
        normal: `${word.normal}.`,
        flags: UNSET,
      };
      const tokens = [...s.tokens.slice(0, -2), abbreviation, ...next.tokens];
      out.push({ ...s, text: text.slice(s.start, next.end), end: next.end, tokens });
      i++;
    } else out.push(s);
  }
  return out;
}

const LOWER_DOT = /^\p{Ll}\.$/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * "i.Sound", "u.Tell": wink-nlp splits a brand written with an inner dot into a lone letter and a
 * word it may tag as a verb ("GO"), which breaks the name and the sentence around it. A one-letter
 * lower-case "x." glued to a capitalized word is one proper noun.
 */
function joinDottedNames(toks: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i];
    const b = toks[i + 1];
    // The length and the dot first: the regular expressions run only on a "x." beside a word.
    if (
      b &&
      a.end === b.start &&
      a.text.length <= 3 &&
      a.text.endsWith(".") &&
      LOWER_DOT.test(a.text) &&
      UPPER_START.test(b.text)
    ) {
      out ??= toks.slice(0, i);
      const text = a.text + b.text;
      out.push({
        ...b,
        text,
        start: a.start,
        pos: "PROPN",
        normal: text.toLowerCase(),
        lemma: text.toLowerCase(),
        flags: UNSET,
      });
      i++;
    } else out?.push(a);
  }
  return out ?? toks;
}
