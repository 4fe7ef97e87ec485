import type { Doc } from "../doc.ts";
import { markedQuotes } from "../quotes/direct.ts";
import type { Draft } from "../quotes/draft.ts";
import { reportedSpeech } from "../quotes/indirect.ts";
import { SpeakerResolver } from "../quotes/resolve.ts";
import { paragraphViews } from "../quotes/view.ts";
import type { Person, Quote } from "../types.ts";

/**
 * Finds every statement of the article (direct, partial and indirect quotes) and attributes it to
 * a speaker: a person of `doc.people` when one matches, else a label ("a senior military official").
 * Pronoun speakers it resolves are added to that person's mentions.
 */
export function quotes(doc: Doc): Doc {
  if (doc.sentences.length === 0) return doc;
  const views = paragraphViews(doc);
  const resolver = new SpeakerResolver(doc);
  const marked = markedQuotes(doc, views, resolver);
  const indirect = reportedSpeech(doc, views, resolver, marked);
  const drafts = [...marked, ...indirect].sort((a, b) => a.start - b.start);
  return {
    ...doc,
    quotes: toQuotes(doc, drafts),
    people: withPronouns(resolver.people, resolver.pronounMentions),
  };
}

function toQuotes(doc: Doc, drafts: Draft[]): Quote[] {
  const statementIds = new Map<string, string>();
  return drafts.map((d, i) => {
    let statementId = statementIds.get(d.statement);
    if (!statementId) {
      statementId = `s${statementIds.size + 1}`;
      statementIds.set(d.statement, statementId);
    }
    const s = d.speaker;
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
