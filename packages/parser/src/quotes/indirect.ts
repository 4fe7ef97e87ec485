import type { Doc, Token } from "../doc.ts";
import grammar from "../lexicon/quote-grammar.json" with { type: "json" };
import { findChannel } from "./channel.ts";
import { contentStart, isClauseAhead, skipAdjuncts } from "./clause.ts";
import { contentEnd } from "./content-end.ts";
import { type Draft, sourceOf } from "./draft.ts";
import { fallbackStatement } from "./fallback.ts";
import {
  afterListener,
  hasVerb,
  joinedStarts,
  labelAfterComma,
  leadingName,
  leadSetsScene,
  namesWithCalled,
  placeInAppositive,
  quotedPhraseGoesOn,
} from "./indirect-shapes.ts";
import { hasWords } from "./kind.ts";
import {
  isFramingOnly,
  isThinkingVerb,
  needsThat,
  recordNouns,
  reportsNoStatement,
  sourceNouns,
  speechLemma,
  takesObject,
} from "./lexicon.ts";
import { findMarkedSpans, type MarkedSpan } from "./marks.ts";
import { nounStatements } from "./nouns.ts";
import { participleSubjectOf } from "./participle.ts";
import { questionPut } from "./questions.ts";
import { subjectAfter } from "./subject/after.ts";
import { speaksAsOne, subjectBefore } from "./subject/before.ts";
import { openingSubject } from "./subject/opening.ts";
import type { SpeakerPhrase } from "./subject/phrase.ts";
import type { ParagraphView } from "./view.ts";

interface Found {
  speaker: SpeakerPhrase | null;
  cue: number;
  lemma: string;
  from: number;
  to: number;
  /** "deaths that Lohmar said are unrelated": the content is the relative clause's verb phrase. */
  relative?: boolean;
}

/**
 * Reported speech without quotation marks: "X said (that) …", "X told NBC News that …",
 * "…, X said.", "…, said X, a …", "X said, …" mid-sentence, "according to X, …".
 */
export function reportedSpeech(doc: Doc, views: ParagraphView[]): Draft[] {
  const drafts: Draft[] = [];
  for (const v of views) {
    const toks = v.tokens;
    const marks = findMarkedSpans(doc.text, v.start, v.end);
    const marked = (a: number, b: number) =>
      marks.some((m) => m.open < toks[b - 1].end && toks[a].start < m.close);
    const starts = joinedStarts(toks, v.sentenceStarts);
    starts.forEach((s, si) => {
      const e = starts[si + 1] ?? toks.length;
      let end = e;
      while (end > s && toks[end - 1].type === "punctuation") end--;
      for (const f of inSentence(toks, s, end, marked)) {
        f.from = afterLeadingQuote(doc.text, marks, toks, f.from, f.to);
        if (f.to <= f.from || !withFragments(marks, toks, f.from, f.to)) continue;
        const text = doc.text.slice(toks[f.from].start, toks[f.to - 1].end);
        const whole =
          isElliptical(toks, f.from, f.to) || isAnswer(toks, f) || isSmallClause(toks, f);
        if (!hasWords(text, f.relative ? 2 : 3) && !whole) continue;
        drafts.push({
          start: toks[f.from].start,
          end: toks[f.to - 1].end,
          kind: "indirect",
          paragraph: v.index,
          source: f.speaker ? sourceOf(toks, f.speaker, v.index) : null,
          cue: f.cue >= 0 ? toks[f.cue] : null,
          lemma: f.lemma,
          channel: f.cue >= 0 ? findChannel(toks, f.cue, f.lemma, e) : null,
          statement: `${v.index}:${f.cue}`,
        });
      }
    });
  }
  return drafts;
}

/**
 * Reported content may hold quoted fragments ("said the plan was “a disaster”"): the statement
 * is the whole clause. Content that opens with a quotation, or is mostly one, is a direct quote.
 */
/** "''…houses.'' But he operates …, he said": reported content starts after a quotation. */
function afterLeadingQuote(
  text: string,
  marks: MarkedSpan[],
  toks: Token[],
  from: number,
  to: number,
): number {
  const a = toks[from].start;
  const lead = marks.find((m) => m.open <= a + 1 && m.close > a && m.close < toks[to - 1].end);
  // "said “budget reforms” and the collection …": a quoted phrase the clause goes on from.
  if (!lead || !/[.!?,;:]$/.test(text.slice(lead.start, lead.end))) return from;
  let k = from;
  while (k < to && toks[k].start < lead.close) k++;
  while (k < to && toks[k].type === "punctuation") k++;
  return k;
}

function withFragments(marks: MarkedSpan[], toks: Token[], from: number, to: number): boolean {
  const a = toks[from].start;
  const b = toks[to - 1].end;
  let quoted = 0;
  for (const m of marks) {
    if (m.close <= a || m.open >= b) continue;
    // Content that is one quotation, or opens with a quoted sentence, is a direct quote.
    if (m.open <= a + 1 && (m.close >= b - 1 || !m.closed)) return false;
    quoted += Math.min(b, m.end) - Math.max(a, m.start);
  }
  return quoted / (b - a) < 0.75;
}

function inSentence(
  toks: Token[],
  s: number,
  end: number,
  marked: (a: number, b: number) => boolean,
): Found[] {
  const according = accordingTo(toks, s, end);
  if (according) return [according];
  const found: Found[] = [];
  const unsettled: [number, string][] = [];
  for (let c = s; c < end; c++) {
    const lemma = speechLemma(toks[c], false, toks[c - 1], toks[c + 1]);
    if (
      !lemma ||
      isThinkingVerb(lemma) ||
      reportsNoStatement(lemma) ||
      marked(c, c + 1) ||
      namesWithCalled(toks, s, c)
    )
      continue;
    // "Asked whether …, X said": the question put, not the answer (that is the main clause's).
    const question = questionPut(toks, s, c, end, lemma);
    if (question) {
      found.push(question);
      continue;
    }
    const f = isFramingOnly(lemma)
      ? (framedObject(toks, s, c, end, lemma, marked) ?? objectAfter(toks, s, c, end, lemma))
      : (tagAtEnd(toks, s, c, end, lemma) ??
        clauseAfter(toks, s, c, end, lemma) ??
        objectAfter(toks, s, c, end, lemma));
    if (f) found.push(f);
    else unsettled.push([c, lemma]);
  }
  // Cues the rules read nothing from: the learned filter decides (src/quotes/fallback.ts).
  for (const [c, lemma] of unsettled) {
    const nested = found.some((f) => f.from <= c && c < f.to);
    const g = fallbackStatement(toks, s, c, end, lemma, nested);
    if (g) found.push(g);
  }
  for (const n of nounStatements(toks, s, end)) {
    if (!found.some((f) => f.from <= n.from && n.from < f.to)) found.push({ ...n });
  }
  voicedByTag(toks, s, end, found);
  return separate(toks, found);
}

/**
 * "The story of the mill reminds us that …, Marsh writes": a thing that "reminds" or "shows"
 * inside words a closing tag gives to someone is no voice of its own; the tag's speaker says it.
 */
function voicedByTag(toks: Token[], s: number, end: number, found: Found[]): void {
  for (const g of found) {
    if (!g.speaker || g.cue > g.from || speaksAsOne(toks, g.speaker)) continue;
    for (let c = g.from + 2; c < end; c++) {
      const lemma = speechLemma(toks[c], false, toks[c - 1], toks[c + 1]);
      if (!lemma || isThinkingVerb(lemma)) continue;
      const sp = subjectBefore(toks, c, s);
      if (!sp || sp.first <= g.from + 1 || !speaksAsOne(toks, sp)) continue;
      if (!/^[,”"’]$/.test(toks[sp.first - 1].text) || skipAdjuncts(toks, c + 1, end) < end)
        continue;
      g.speaker = sp;
      break;
    }
  }
}

const JOINS = new Set(grammar.statementJoins);

const ANSWERS = new Set(["yes", "no", "so"]);

/** "call him reckless": an object pronoun and its complement say as much as a clause. */
function isSmallClause(toks: Token[], f: Found): boolean {
  return f.lemma === "call" && f.to - f.from === 2 && toks[f.from].pos === "PRON";
}

/** "Asked if …, 72 percent said yes", "after half said so": a one-word answer to a speech verb. */
function isAnswer(toks: Token[], f: Found): boolean {
  return f.to - f.from === 1 && f.cue === f.from - 1 && ANSWERS.has(toks[f.from].normal);
}

/** "Flake said he would.", "They said she could.": a pronoun and an auxiliary, a whole clause. */
function isElliptical(toks: Token[], from: number, to: number): boolean {
  return to - from === 2 && toks[from].pos === "PRON" && toks[from + 1].pos === "AUX";
}

/**
 * "…were worried about the economy, and more than 4 in 10 said …": a statement ends where a
 * coordinated one begins. Statements nested in another ("said Trump told reporters that …") stay,
 * except a relative clause closing it with another voice ("said there were six fires that the
 * chief said are unrelated"): those words are the chief's, and the outer statement ends before.
 */
function separate(toks: Token[], found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    for (const g of found) {
      if (g !== f && g.relative && g.cue > f.cue && g.to >= f.to && g.speaker) {
        const rel = g.speaker.first - 1;
        if (rel > f.from + 1 && rel < f.to) f.to = rel;
        while (f.to > f.from && toks[f.to - 1].type === "punctuation") f.to--;
      }
      const at = g.speaker?.first ?? -1;
      if (
        g === f ||
        at <= f.from ||
        at >= f.to ||
        g.cue <= f.cue ||
        !JOINS.has(toks[at - 1].normal)
      )
        continue;
      let to = at;
      while (to > f.from && JOINS.has(toks[to - 1].normal)) to--;
      f.to = Math.min(f.to, to);
    }
    if (f.to > f.from && !out.some((o) => o.from === f.from && o.to === f.to)) out.push(f);
  }
  return out;
}

const NARRATION_AFTER_TAG = new Set(grammar.narrationAfterTag);
const FOCUSING = new Set(grammar.focusingAfterTag);
const CLOSING_MARKS = new Set(['"', "”", "''", "’", "'"]);
const LISTENER_FIRST = new Set(grammar.listenerFirstVerbs);

/** "…, X said (on Tuesday)." / "…, said X, a …." / "…, X said, …" (content on the other side). */
function tagAtEnd(toks: Token[], s: number, c: number, end: number, lemma: string): Found | null {
  const before = subjectBefore(toks, c, s);
  if (before && toks[before.first - 1]?.normal === "as" && before.first - 1 >= s)
    return asAside(toks, s, before, c, end, lemma);
  const lead = before ? commaBeforeTag(toks, before.first) : -1;
  if (before && lead > s) {
    let m = skipAdjuncts(toks, toks[c + 1]?.normal === "out" ? c + 2 : c + 1, end);
    // "…, Sen. Grassley told POLITICO.", "…, Carter told a Senate panel Wednesday.".
    if (lemma === "tell" && m < end && toks[m].text !== ",")
      m = skipAdjuncts(toks, afterListener(toks, m, end), end);
    if (m >= end || toks[m].text === ";")
      return { speaker: before, cue: c, lemma, from: s, to: lead };
    if (toks[m].text === ",") {
      // "…, he said, and wrangling could …": a clause before the tag is the statement.
      if (NARRATION_AFTER_TAG.has(toks[m + 1]?.normal) && isClauseAhead(toks, s, lead))
        return { speaker: before, cue: c, lemma, from: s, to: lead };
      // "It is on the mayor's watch, Okafor said, that the debt grew": a cleft sentence split by
      // its tag is one statement.
      const it = /^(?:and|but)$/.test(toks[s].normal) ? s + 1 : s;
      if (toks[m + 1]?.normal === "that" && toks[it].normal === "it" && toks[it + 1]?.pos === "AUX")
        return { speaker: before, cue: c, lemma, from: s, to: end };
      // "…, she said, especially those who …": a focusing phrase goes on with the statement.
      if (FOCUSING.has(toks[m + 1]?.normal) && isClauseAhead(toks, s, lead))
        return { speaker: before, cue: c, lemma, from: s, to: end };
      // The predicate goes on after the tag, and the whole sentence is the statement: "It was,
      // she said, one of the worst storms"; "Democrats, Reyes notes, applaud …" (opening with its verb).
      if (m + 1 < end && lead - 1 > s) {
        const next = toks[m + 1];
        const resumes =
          (toks[lead - 1].pos === "AUX" &&
            !isClauseAhead(toks, m + 1, end) &&
            next.type === "word") ||
          (!hasVerb(toks, s, lead) && next.pos === "VERB" && !next.normal.endsWith("ing"));
        if (resumes) return { speaker: before, cue: c, lemma, from: s, to: end };
      }
      // "…, she said, pointing to the map": a participle after the tag tells how it was said
      // ("…, he said, raising taxes would hurt": a gerund that opens a clause is its subject).
      const participle =
        toks[m + 1]?.pos === "VERB" &&
        toks[m + 1].normal.endsWith("ing") &&
        !gerundSubject(toks, m + 1, end);
      if (
        m + 1 < end &&
        !participle &&
        isClauseAhead(toks, m + 1, end) &&
        !/^["“‘«]/.test(toks[m + 1].text)
      ) {
        // "The museum, Mr. Obama said, would make …": the tag splits subject and predicate.
        const split = !hasVerb(toks, s, lead) && /^(?:VERB|AUX)$/.test(toks[m + 1].pos);
        return { speaker: before, cue: c, lemma, from: split ? s : m + 1, to: end };
      }
      // "In the excerpt, the author wrote, “…”": the quotation is the content, not the lead.
      if (
        m + 1 < end &&
        /^["“‘«]/.test(toks[m + 1].text) &&
        (!isClauseAhead(toks, s, lead) || leadSetsScene(toks, s))
      )
        return null;
      return { speaker: before, cue: c, lemma, from: s, to: lead };
    }
    return null;
  }
  // "…, said X" and "…using the tax ''is a misguided approach,'' said X" (comma inside the marks).
  let marks = 0;
  while (marks < 2 && CLOSING_MARKS.has(toks[c - 1 - marks]?.text)) marks++;
  const comma = toks[c - 1 - marks]?.text === ",";
  // "Dever, who backs Cruz, told POLITICO, “…”": after "told" comes the listener, never a speaker.
  if (c - 1 > s && comma && !LISTENER_FIRST.has(lemma)) {
    const after = subjectAfter(toks, c, end - 1);
    if (!after) return null;
    let rest = after.last + 1;
    // "…, said one GOP source in the room.": a short place or role after the speaker.
    if (rest < end && toks[rest].pos === "ADP" && end - rest <= 6 && !hasVerb(toks, rest, end))
      rest = end;
    if (rest >= end || (toks[rest].text === "," && end - rest < 30))
      return { speaker: after, cue: c, lemma, from: s, to: toks[c - 1].text === "," ? c - 1 : c };
  }
  return null;
}

/** "raising taxes would hurt": an auxiliary soon after the -ing word, with no comma between. */
function gerundSubject(toks: Token[], at: number, end: number): boolean {
  for (let j = at + 1; j < Math.min(end, at + 6); j++) {
    if (toks[j].type === "punctuation") return false;
    if (toks[j].pos === "AUX") return true;
  }
  return false;
}

/**
 * The comma that ends the content before a tag: "…, X said" or, when the content closes on a
 * quoted fragment, "… a “gift to smugglers,” X said" (the comma inside the marks); -1 if none.
 */
function commaBeforeTag(toks: Token[], first: number): number {
  let k = first - 1;
  while (k > first - 3 && CLOSING_MARKS.has(toks[k]?.text)) k--;
  if (toks[k]?.text !== ",") return -1;
  if (k === first - 1) return k;
  // The quotation must open inside the clause ("will be a “windfall,”"), not after a comma or a
  // tag ("…,” she said, “and the list will shrink,” she added": a split direct quote).
  let open = k - 1;
  while (open > 0 && !OPENING_MARKS.has(toks[open].text)) open--;
  return open > 0 && toks[open - 1].type === "word" ? k : -1;
}

const OPENING_MARKS = new Set(['"', "“", "''", "‘", "'"]);

/**
 * "As the Post reported, even if …" / "Hawaii, as one adviser pointed out, does not …": the
 * clause around the aside is the statement.
 */
function asAside(
  toks: Token[],
  s: number,
  speaker: SpeakerPhrase,
  c: number,
  end: number,
  lemma: string,
): Found | null {
  const as = speaker.first - 1;
  const m = skipAdjuncts(toks, toks[c + 1]?.normal === "out" ? c + 2 : c + 1, end);
  const midSentence = as - 1 > s && toks[as - 1].text === ",";
  // "…, as the Post reported a few days ago.": the aside closes the sentence it reports.
  const closes = m >= end || (end - m <= 5 && toks[m].text !== "," && !hasVerb(toks, m, end));
  if (closes && midSentence && isClauseAhead(toks, s, as - 1))
    return { speaker, cue: c, lemma, from: s, to: as - 1 };
  if (toks[m]?.text !== "," || !isClauseAhead(toks, m + 1, end)) return null;
  return { speaker, cue: c, lemma, from: midSentence ? s : m + 1, to: end };
}

/** "X said (that) …", "X told NBC News that …": the clause after the cue, to the sentence end. */
function clauseAfter(
  toks: Token[],
  s: number,
  c: number,
  end: number,
  lemma: string,
): Found | null {
  // "Julie Davis reported from Midway Atoll", "Additional reporting by …": a credit line.
  if (lemma === "report" && CREDIT_PREPOSITIONS.has(toks[c + 1]?.normal)) return null;
  const before = subjectBefore(toks, c, s);
  // "Lena Ortiz, who lost her brother in Dayton, Ohio, in March, said": the place closing an
  // appositive is no subject, nor is the appositive ("Jo Roe, 67, a nurse in Erie, Pa., said");
  // the name that opens the sentence is.
  const appositive = before && (placeInAppositive(toks, before) || labelAfterComma(toks, before));
  const speaker =
    (appositive ? null : before) ??
    participleSubjectOf(toks, s, c) ??
    leadingName(toks, s, c) ??
    before ??
    openingSubject(toks, s, c);
  if (!speaker) return null;
  const answer = toks[c + 1];
  if (answer && ANSWERS.has(answer.normal) && (c + 2 >= end || toks[c + 2].type === "punctuation"))
    return { speaker, cue: c, lemma, from: c + 1, to: c + 2 };
  // "moves that he said improved the economy": the relative clause's verb phrase is the content.
  if (
    RELATIVES.has(toks[speaker.first - 1]?.normal) &&
    /^(?:VERB|AUX)$/.test(toks[c + 1]?.pos ?? "") &&
    !toks[c + 1].normal.endsWith("ing")
  )
    return { speaker, cue: c, lemma, from: c + 1, to: end, relative: true };
  const from = contentStart(toks, c, end, lemma);
  if (from > 0 && needsThat(lemma) && toks[from - 1].normal !== "that") return null;
  if (from < 0 || from >= end || /^[,:]/.test(toks[from].text)) return null;
  if (/^["“‘«]/.test(toks[from].text) && !quotedPhraseGoesOn(toks, from, end)) return null;
  const to = contentEnd(toks, s, c, from, relativeEnd(toks, speaker, from, end));
  const relative = OBJECT_RELATIVES.has(toks[speaker.first - 1]?.normal);
  return { speaker, cue: c, lemma, from, to, relative };
}

const RELATIVES = new Set(["which", "that", "what"]);
// "Mia, whom the couple claims they adopted …": the clause reports the inner speaker's words.
const OBJECT_RELATIVES = new Set(["whom", "which", "that"]);

/**
 * "Tom Reyes, who said the ferry is late, left the room": a statement inside a relative clause
 * set off by commas ends where the main clause's predicate resumes.
 */
function relativeEnd(toks: Token[], speaker: SpeakerPhrase, from: number, end: number): number {
  const at = speaker.relative ?? speaker.first;
  const who = toks[at].normal;
  // "Among those who said they would vote, most chose …": a restrictive relative clause inside
  // a phrase ends at the comma before the main clause.
  if (speaker.relative !== undefined && toks[at - 1]?.text !== "," && who === "who") {
    let k = from + 2;
    while (k < end - 1 && toks[k].text !== ",") k++;
    return k < end - 1 && isClauseAhead(toks, k + 1, end) ? k : end;
  }
  if ((who !== "who" && who !== "which") || toks[at - 1]?.text !== ",") return end;
  // Only the first comma: "said the ferry, which runs late, is unsafe" keeps its own clause.
  let k = from + 2;
  while (k < end - 1 && toks[k].text !== ",") k++;
  const next = toks[k + 1];
  const resumes = next && /^(?:VERB|AUX)$/.test(next.pos) && !next.normal.endsWith("ing");
  return k < end - 1 && resumes ? k : end;
}
const SUBORDINATE_LEADS = new Set([
  ...["because", "that", "and", "but", "so", "since", "while"],
  ...grammar.subordinators,
]);

const OPENING_LINKS = new Set(["but", "and", "yet", "still", "so", "however", "now"]);

/** "According to X, …" and "…, according to X." */
function accordingTo(toks: Token[], s: number, end: number): Found | null {
  for (let a = s; a + 1 < end; a++) {
    if (toks[a].normal !== "according" || toks[a + 1].normal !== "to") continue;
    // "said that, according to its count, the party won": the cue before it reports the
    // clause, "according to" and all; the other rules read the sentence.
    const before = toks[a - 1]?.text === "," ? toks[a - 2] : toks[a - 1];
    if (a > s && before?.normal === "that") return null;
    // Anything can be a source here: a poll, state law, data.
    const speaker = subjectAfter(toks, a + 1, end - 1) ?? wholePhrase(toks, a + 2, end);
    if (!speaker) return null;
    // "(According to the police, …)": an opening bracket or dash before it.
    // "But according to X, …", "…: According to X, …": a conjunction or a colon before it.
    if (
      a === s ||
      (a === s + 1 && (/^[(“"—–-]$/.test(toks[s].text) || OPENING_LINKS.has(toks[s].normal))) ||
      toks[a - 1].text === ":"
    ) {
      let k = speaker.last + 1;
      while (k < end && toks[k].text !== ",") k++;
      return k + 1 < end ? { speaker, cue: a, lemma: "according to", from: k + 1, to: end } : null;
    }
    if (toks[a - 1].text === ",") {
      // "…, because, according to Trump, the media would call him …": the clause after it.
      const k = speaker.last + 1;
      if (toks[k]?.text === "," && isClauseAhead(toks, k + 1, end) && !hasVerb(toks, a - 2, a))
        if (!hasVerb(toks, s, a) || SUBORDINATE_LEADS.has(toks[a - 2]?.normal)) {
          // "The ferry, according to the police, has no cameras": the aside splits subject and
          // predicate, and the sentence is the statement.
          const split = !hasVerb(toks, s, a) && /^(?:VERB|AUX)$/.test(toks[k + 1].pos);
          return { speaker, cue: a, lemma: "according to", from: split ? s : k + 1, to: end };
        }
      return { speaker, cue: a, lemma: "according to", from: s, to: a - 1 };
    }
    // "Rivera leads by 271 delegates according to a count by …": no comma, but a clause before
    // and a source that names someone or cites records ("according to plan" is neither).
    if (a - s >= 3 && hasVerb(toks, s, a) && citesSource(toks, speaker))
      return { speaker, cue: a, lemma: "according to", from: s, to: a };
    return null;
  }
  return null;
}

/** "called Rubio’s plan “a welfare transfer payment”": the object and the quoted words with it. */
function framedObject(
  toks: Token[],
  s: number,
  c: number,
  end: number,
  lemma: string,
  marked: (a: number, b: number) => boolean,
): Found | null {
  const speaker = subjectBefore(toks, c, s) ?? participleSubjectOf(toks, s, c);
  if (!speaker) return null;
  for (let k = c + 1; k < Math.min(end, c + 8); k++) {
    if (!marked(k, k + 1)) continue;
    if (k === c + 1) return null;
    let last = k;
    while (last + 1 < end && marked(last + 1, last + 2)) last++;
    return { speaker, cue: c, lemma, from: c + 1, to: last + 1 };
  }
  return null;
}

const OBJECT_PARTICLES = new Set(grammar.objectParticles);
const NOT_OBJECT_PARTICLES = new Set(grammar.notObjectParticles);
const CREDIT_PREPOSITIONS = new Set(["by", "from"]);
const PASSIVE = new Set(grammar.passiveAuxiliaries);

/** "accused Clinton of ducking", "called on X to resign", "asked about the emails": the object. */
function objectAfter(
  toks: Token[],
  s: number,
  c: number,
  end: number,
  lemma: string,
): Found | null {
  // "was called a liar" is passive; "is calling him a liar" is not.
  const passive = PASSIVE.has(toks[c - 1]?.normal) && !toks[c].normal.endsWith("ing");
  if (!takesObject(lemma) || passive) return null;
  // "called in to a town hall", "asked for help": a phone call or a request, not a statement.
  const particle = toks[c + 1]?.normal;
  if (NOT_OBJECT_PARTICLES.has(particle) || (lemma === "ask" && particle === "for")) return null;
  const speaker =
    subjectBefore(toks, c, s) ?? participleSubjectOf(toks, s, c) ?? openingSubject(toks, s, c);
  if (!speaker) return null;
  let from = c + 1;
  // "called an emergency meeting", "called off classes": calling something into being or off.
  if (lemma === "call" && /^(?:a|an|off)$/.test(toks[from]?.normal ?? "")) return null;
  if (OBJECT_PARTICLES.has(toks[from]?.normal)) from++;
  if (from >= end - 1 || toks[from].type === "punctuation") return null;
  return { speaker, cue: c, lemma, from, to: contentEnd(toks, s, c, from, end) };
}

function citesSource(toks: Token[], speaker: SpeakerPhrase): boolean {
  if (speaker.kind === "name") return true;
  for (let k = speaker.first; k <= Math.min(speaker.last, speaker.first + 7); k++)
    if (sourceNouns.has(toks[k].normal) || recordNouns.has(toks[k].normal)) return true;
  return false;
}

/** The words up to the next comma as a label ("according to state law, …"). */
function wholePhrase(toks: Token[], from: number, end: number): SpeakerPhrase | null {
  let last = from;
  while (last + 1 < end && toks[last + 1].text !== "," && last - from < 12) last++;
  return from < end ? { first: from, last, kind: "label", nameFirst: from, nameLast: last } : null;
}
