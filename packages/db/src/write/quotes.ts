import type { Quote } from "@whosaid/parser";
import type { Queryable } from "../types.ts";
import { quoteId, toDate } from "./keys.ts";

/** Stores an article's quotes with their speakers (global ids) and topics. */
export async function writeQuotes(
  tx: Queryable,
  articleId: string,
  publishedAt: string | null,
  quotes: Quote[],
  ids: Map<string, string>,
): Promise<number> {
  const cols = {
    id: [] as string[],
    statement: [] as string[],
    local: [] as string[],
    text: [] as string[],
    start: [] as number[],
    end: [] as number[],
    kind: [] as string[],
    speaker: [] as (string | null)[],
    label: [] as (string | null)[],
    country: [] as (string | null)[],
    mention: [] as (string | null)[],
    cue: [] as (string | null)[],
    lemma: [] as (string | null)[],
    channel: [] as (string | null)[],
    stated: [] as (string | null)[],
    paragraph: [] as number[],
  };
  const topics = { quote: [] as string[], topic: [] as string[], score: [] as number[] };
  const heads = statementHeads(quotes);
  const seen = new Set<string>();
  for (const q of quotes) {
    const id = quoteId(articleId, q.start, q.end);
    if (seen.has(id)) continue; // the same span twice is one quote
    seen.add(id);
    cols.id.push(id);
    const head = heads.get(q.statementId ?? q.id) ?? q;
    cols.statement.push(quoteId(articleId, head.start, head.end));
    cols.local.push(q.id);
    cols.text.push(q.text);
    cols.start.push(q.start);
    cols.end.push(q.end);
    cols.kind.push(q.kind);
    cols.speaker.push(q.speakerId ? (ids.get(q.speakerId) ?? null) : null);
    cols.label.push(q.speakerLabel ?? null);
    cols.country.push(q.speakerCountry ?? null);
    cols.mention.push(q.speakerMention ? JSON.stringify(q.speakerMention) : null);
    cols.cue.push(q.cue?.text ?? null);
    cols.lemma.push(q.cue?.lemma ?? null);
    cols.channel.push(q.channel ?? null);
    // The pieces of a statement are dated as one (the head's date), so the statement sorts once.
    cols.stated.push(toDate(head.statedAt) ?? publishedAt);
    cols.paragraph.push(q.paragraph ?? 0);
    for (const t of q.topics ?? []) {
      topics.quote.push(id);
      topics.topic.push(t.id);
      topics.score.push(t.score);
    }
  }
  if (cols.id.length === 0) return 0;
  // One statement for quotes and their topics (the topic links' foreign keys are checked at its end).
  await tx.query(
    `WITH inserted AS (
       INSERT INTO quotes (id, article_id, statement_id, local_id, text, start_offset, end_offset, kind,
         speaker_id, speaker_label, speaker_country, speaker_mention, cue, cue_lemma, channel, stated_at, paragraph)
       SELECT u.id, $1, u.statement, u.local, u.text, u.s, u.e, u.kind, u.speaker, u.label, u.country,
         u.mention::jsonb, u.cue, u.lemma, u.channel, u.stated::date, u.paragraph
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[],
         $9::uuid[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
         $16::text[], $17::int[])
         AS u(id, statement, local, text, s, e, kind, speaker, label, country, mention, cue, lemma, channel,
           stated, paragraph)
       RETURNING 1)
     INSERT INTO quote_topics (quote_id, topic_id, score)
     SELECT * FROM unnest($18::uuid[], $19::text[], $20::real[]) ON CONFLICT DO NOTHING`,
    [articleId, ...Object.values(cols), topics.quote, topics.topic, topics.score],
  );
  return cols.id.length;
}

/**
 * The head piece of each statement (parser `statementId` → quote): its longest piece, the earliest
 * on a tie. Its quote id is the statement's id in the database.
 */
export function statementHeads(quotes: readonly Quote[]): Map<string, Quote> {
  const heads = new Map<string, Quote>();
  for (const q of quotes) {
    const key = q.statementId ?? q.id;
    const head = heads.get(key);
    const longer = head && q.end - q.start > head.end - head.start;
    const tieEarlier = head && q.end - q.start === head.end - head.start && q.start < head.start;
    if (!head || longer || tieEarlier) heads.set(key, q);
  }
  return heads;
}
