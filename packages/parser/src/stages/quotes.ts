import { Coreference } from "../coref/resolver.ts";
import type { Speaker } from "../coref/speaker.ts";
import type { Doc } from "../doc.ts";
import { markedQuotes } from "../quotes/direct.ts";
import type { Draft, SpeakerSource } from "../quotes/draft.ts";
import { headlineStatements } from "../quotes/headline.ts";
import { reportedSpeech } from "../quotes/indirect.ts";
import { attachOrphans, type Orphan } from "../quotes/orphans.ts";
import { paragraphViews } from "../quotes/view.ts";
import type { Person, Quote } from "../types.ts";

/**
 * Finds every statement of the article (direct, partial and indirect quotes) and attributes it to
 * a speaker in two stages: the rules of `quotes/` find where the text names the speaker (a name,
 * a description, a pronoun); coreference (`coref/`) then finds the person or organization that
 * mention refers to, in text order. A statement without one keeps a label ("a senior military
 * official"). Pronoun speakers it resolves are added to that person's mentions.
 */
export function quotes(doc: Doc): Doc {
  if (doc.sentences.length === 0) return doc;
  const views = paragraphViews(doc);
  const orphans: Orphan[] = [];
  const marked = markedQuotes(doc, views, orphans);
  const indirect = [...headlineStatements(doc), ...reportedSpeech(doc, views)];
  const found = [...marked, ...indirect].sort((a, b) => a.start - b.start);
  const drafts = [...found, ...attachOrphans(orphans, found)].sort((a, b) => a.start - b.start);
  const quoted = drafts
    .filter((d) => d.kind !== "indirect")
    .map((d): [number, number] => [d.start, d.end]);
  const coref = new Coreference(doc, quoted);
  const speakers = coref.resolveAll(drafts.flatMap((d) => (d.source ? [d.source] : [])));
  return {
    ...doc,
    quotes: toQuotes(doc, drafts, speakers),
    people: withPronouns(coref.people, coref.pronounMentions),
  };
}

function toQuotes(doc: Doc, drafts: Draft[], speakers: Map<SpeakerSource, Speaker>): Quote[] {
  const statementIds = new Map<string, string>();
  return drafts.map((d, i) => {
    let statementId = statementIds.get(d.statement);
    if (!statementId) {
      statementId = `s${statementIds.size + 1}`;
      statementIds.set(d.statement, statementId);
    }
    const s = d.source ? speakers.get(d.source) : null;
    return {
      id: `q${i + 1}`,
      statementId,
      text: doc.text.slice(d.start, d.end),
      start: d.start,
      end: d.end,
      kind: d.kind,
      speakerId: s?.speakerId ?? null,
      speakerLabel: s?.speakerLabel ?? null,
      speakerCountry: s?.speakerCountry ?? null,
      speakerMention: s?.speakerMention ?? null,
      speakerType: s?.speakerType ?? null,
      speakerMentionKind: s?.mentionKind ?? null,
      cue:
        d.cue && d.lemma
          ? { text: d.lemma === "according to" ? "according to" : d.cue.text, lemma: d.lemma }
          : null,
      channel: d.channel,
      statedAt: null,
      paragraph: d.paragraph,
      topics: [],
    };
  });
}

function withPronouns(
  people: Person[],
  added: Map<string, { text: string; start: number; end: number }[]>,
): Person[] {
  if (added.size === 0) return people;
  return people.map((p) => {
    const extra = added.get(p.id);
    if (!extra) return p;
    const have = new Set(p.mentions.map((m) => m.start));
    const mentions = [
      ...p.mentions,
      ...extra.filter((m) => !have.has(m.start)).map((m) => ({ ...m, kind: "pronoun" as const })),
    ];
    return { ...p, mentions: mentions.sort((a, b) => a.start - b.start) };
  });
}
