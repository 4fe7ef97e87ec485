import type { Quote } from "@whosaid/parser";
import type { Queryable } from "../types.ts";
import { quoteId, toDate } from "./keys.ts";
import { type Turn, turns } from "./turns.ts";

/** Quote rows of one or more articles, column by column, for one multi-row insert. */
export interface QuoteRows {
  id: string[];
  article: string[];
  statement: string[];
  local: string[];
  text: string[];
  start: number[];
  end: number[];
  kind: string[];
  speaker: (string | null)[];
  label: (string | null)[];
  country: (string | null)[];
  mention: (string | null)[];
  speakerType: (string | null)[];
  mentionKind: (string | null)[];
  cue: (string | null)[];
  lemma: (string | null)[];
  channel: (string | null)[];
  stated: (string | null)[];
  paragraph: number[];
  topics: { quote: string[]; topic: string[]; score: number[] };
}

export function newQuoteRows(): QuoteRows {
  return {
    id: [],
    article: [],
    statement: [],
    local: [],
    text: [],
    start: [],
    end: [],
    kind: [],
    speaker: [],
    label: [],
    country: [],
    mention: [],
    speakerType: [],
    mentionKind: [],
    cue: [],
    lemma: [],
    channel: [],
    stated: [],
    paragraph: [],
    topics: { quote: [], topic: [], score: [] },
  };
}

/** Adds an article's quotes with their speakers (global ids) and topics; returns how many. */
export async function addQuoteRows(
  cols: QuoteRows,
  articleId: string,
  publishedAt: string | null,
  quotes: Quote[],
  ids: Map<string, string>,
  turn: Turn = turns(),
): Promise<number> {
  const heads = statementHeads(quotes);
  const seen = new Set<string>();
  for (const q of quotes) {
    await turn();
    const id = quoteId(articleId, q.start, q.end);
    if (seen.has(id)) continue; // the same span twice is one quote
    seen.add(id);
    cols.id.push(id);
    cols.article.push(articleId);
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
    cols.speakerType.push(q.speakerType ?? null);
    cols.mentionKind.push(q.speakerMentionKind ?? null);
    cols.cue.push(q.cue?.text ?? null);
    cols.lemma.push(q.cue?.lemma ?? null);
    cols.channel.push(q.channel ?? null);
    // The pieces of a statement are dated as one (the head's date), so the statement sorts once.
    cols.stated.push(toDate(head.statedAt) ?? publishedAt);
    cols.paragraph.push(q.paragraph ?? 0);
    for (const t of q.topics ?? []) {
      cols.topics.quote.push(id);
      cols.topics.topic.push(t.id);
      cols.topics.score.push(t.score);
    }
  }
  return seen.size;
}

// Rows per statement. Binding one statement's parameters is a single task on the caller's thread:
// for the 15,000 quotes of a 1 MB article it held the API's thread some 90 ms (pg's array
// serializer); 1,000 rows take a few milliseconds, and a batch of articles rarely has more.
const ROWS_PER_STATEMENT = 1_000;

/**
 * Stores quote rows (of any number of articles) with their topics, 1,000 quotes per statement and
 * a turn of the event loop between statements.
 */
export async function insertQuotes(
  tx: Queryable,
  rows: QuoteRows,
  turn: Turn = turns(),
): Promise<void> {
  const { topics, ...cols } = rows;
  let topic = 0; // topic links follow their quotes' order (addQuoteRows)
  for (let from = 0; from < rows.id.length; from += ROWS_PER_STATEMENT) {
    const to = from + ROWS_PER_STATEMENT;
    const ids = new Set(rows.id.slice(from, to));
    const topicFrom = topic;
    while (topic < topics.quote.length && ids.has(topics.quote[topic])) topic++;
    await insertQuotePiece(tx, [
      ...Object.values(cols).map((column: unknown[]) => column.slice(from, to)),
      ...Object.values(topics).map((column: unknown[]) => column.slice(topicFrom, topic)),
    ]);
    await turn();
  }
}

async function insertQuotePiece(tx: Queryable, params: unknown[][]): Promise<void> {
  // One statement for quotes and their topics (the topic links' foreign keys are checked at its end).
  await tx.query(
    `WITH inserted AS (
       INSERT INTO quotes (id, article_id, statement_id, local_id, text, start_offset, end_offset, kind,
         speaker_id, speaker_label, speaker_country, speaker_mention, speaker_type, speaker_mention_kind,
         cue, cue_lemma, channel, stated_at, paragraph)
       SELECT u.id, u.article, u.statement, u.local, u.text, u.s, u.e, u.kind, u.speaker, u.label, u.country,
         u.mention::jsonb, u.speaker_type, u.mention_kind, u.cue, u.lemma, u.channel, u.stated::date, u.paragraph
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[],
         $9::uuid[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[],
         $17::text[], $18::text[], $19::int[])
         AS u(id, article, statement, local, text, s, e, kind, speaker, label, country, mention, speaker_type,
           mention_kind, cue, lemma, channel, stated, paragraph)
       RETURNING 1)
     INSERT INTO quote_topics (quote_id, topic_id, score)
     SELECT * FROM unnest($20::uuid[], $21::text[], $22::real[]) ON CONFLICT DO NOTHING`,
    params,
  );
}

/**
 * The head piece of each statement (parser `statementId` → quote): its longest piece, the earliest
 * on a tie. Its quote id is the statement's id in the database.
 */
function statementHeads(quotes: readonly Quote[]): Map<string, Quote> {
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
