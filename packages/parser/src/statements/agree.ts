import sources from "../lexicon/quote-sources.json";
import words from "../lexicon/statements.json";
import type { Person, Quote, Span } from "../types.ts";

const pronouns = new Set([...Object.keys(sources.pronouns), ...words.possessivePronouns]);
const KIND_RANK = { direct: 2, partial: 1, indirect: 0 } as const;

/**
 * Gives every piece of a statement one speaker: the attribution judged most reliable among its
 * pieces. A speaker written inside the statement's own words is no speaker of it. The clause that carries a quoted fragment speaks for it (the fragment's own tag, if it
 * found one, is the same verb or a worse guess); otherwise a named speaker beats a label ("a senior official"), a label beats a pronoun, and any
 * mention beats none; on a tie the attribution of a quotation beats that of a reported clause
 * (quotation marks bound what the tag governs), then the mention nearest its piece wins.
 * Returns the quotes with speakers made to agree, and the people with their pronoun mentions
 * moved to whom they now refer.
 */
export function agreeOnSpeakers(
  quotes: Quote[],
  groups: number[][],
  people: Person[],
): { quotes: Quote[]; people: Person[] } {
  const out = [...quotes];
  const dropped: { personId: string; start: number }[] = [];
  const added: { personId: string; mention: Span }[] = [];
  for (const group of groups) {
    if (group.length < 2) continue;
    const pieces = group.map((i) => quotes[i]);
    if (pieces.every((q) => sameSpeaker(q, pieces[0]))) continue;
    const score = (q: Quote) =>
      reliability(q, people) - (carried(q, pieces) ? 1e11 : 0) - (saidWithin(q, pieces) ? 2e11 : 0);
    const best = pieces.reduce((a, b) => (score(b) > score(a) ? b : a));
    for (const i of group) {
      const q = quotes[i];
      if (sameSpeaker(q, best)) continue;
      // A pronoun stays the speaker as written; it now stands for the statement's speaker.
      const own = q.speakerMention && isPronoun(q.speakerMention.text) ? q.speakerMention : null;
      if (own && q.speakerId) dropped.push({ personId: q.speakerId, start: own.start });
      if (own && best.speakerId) added.push({ personId: best.speakerId, mention: own });
      out[i] = {
        ...q,
        speakerId: best.speakerId,
        speakerLabel: best.speakerLabel,
        speakerCountry: best.speakerCountry,
        speakerMention: own ?? best.speakerMention,
        speakerType: best.speakerType,
        speakerMentionKind: own ? "pronoun" : best.speakerMentionKind,
      };
    }
  }
  return { quotes: out, people: repointPronouns(people, out, dropped, added) };
}

function sameSpeaker(a: Quote, b: Quote): boolean {
  return a.speakerId === b.speakerId && (a.speakerId !== null || a.speakerLabel === b.speakerLabel);
}

/** True when a longer piece of the statement holds this one (a fragment of a reported clause). */
function carried(q: Quote, pieces: Quote[]): boolean {
  return pieces.some(
    (o) =>
      o !== q &&
      o.speakerMention &&
      o.end - o.start > q.end - q.start &&
      o.start < q.end &&
      q.start < o.end,
  );
}

/** True when the speaker as written lies inside the words of the statement: no one says their own name. */
function saidWithin(q: Quote, pieces: Quote[]): boolean {
  const m = q.speakerMention;
  if (!m) return false;
  // A tag right at the quotation's marks ("…,” Jane Roe told …") is its speaker whatever follows.
  if ((m.start >= q.end && m.start - q.end <= 3) || (m.end <= q.start && q.start - m.end <= 3))
    return false;
  return pieces.some((o) => o.start <= m.start && m.end <= o.end);
}

/** True for a speaker written as a pronoun ("she", "their"). */
export const isPronoun = (text: string) => pronouns.has(text.toLowerCase());

/** A sortable score: mention strength, then kind of piece, then closeness of the mention. */
function reliability(q: Quote, people: Person[]): number {
  const m = q.speakerMention;
  let strength = 0;
  if (m && !isPronoun(m.text)) {
    const person = q.speakerId ? people.find((p) => p.id === q.speakerId) : undefined;
    const named = person?.mentions.some(
      (n) => n.kind !== "pronoun" && n.start < m.end && m.start < n.end,
    );
    strength = named ? 3 : 2;
  } else if (m) strength = 1;
  const distance = m ? Math.min(Math.abs(m.start - q.end), Math.abs(q.start - m.end)) : 1e6;
  return strength * 1e9 + KIND_RANK[q.kind] * 1e7 - Math.min(distance, 1e6);
}

function repointPronouns(
  people: Person[],
  quotes: Quote[],
  dropped: { personId: string; start: number }[],
  added: { personId: string; mention: Span }[],
): Person[] {
  const stale = dropped.filter(
    (d) => !quotes.some((q) => q.speakerId === d.personId && q.speakerMention?.start === d.start),
  );
  if (stale.length === 0 && added.length === 0) return people;
  return people.map((p) => {
    const gone = new Set(stale.filter((d) => d.personId === p.id).map((d) => d.start));
    const extra = added.filter((a) => a.personId === p.id).map((a) => a.mention);
    if (gone.size === 0 && extra.length === 0) return p;
    const kept = p.mentions.filter((m) => m.kind !== "pronoun" || !gone.has(m.start));
    const have = new Set(kept.map((m) => m.start));
    const fresh = extra
      .filter((m, i) => !have.has(m.start) && extra.findIndex((o) => o.start === m.start) === i)
      .map((m) => ({ ...m, kind: "pronoun" as const }));
    return { ...p, mentions: [...kept, ...fresh].sort((a, b) => a.start - b.start) };
  });
}
