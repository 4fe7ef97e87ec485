import type { Queryable } from "../types.ts";

// A correction applies to the quote with the same span, or failing that the same text (a parser
// upgrade may move a quote's boundaries by a character without changing what it is).
const MATCH = `q.article_id = c.article_id
  AND ((q.start_offset = c.start_offset AND q.end_offset = c.end_offset) OR q.text = c.quote_text)`;

/**
 * Applies the stored quote corrections of one article to its quote rows: drops spans marked "not a
 * quote" and sets reassigned speakers. Ingest and re-parse call it; so should a mutation that adds a
 * correction. Returns how many quotes were removed and reassigned.
 */
export async function applyQuoteCorrections(
  tx: Queryable,
  articleId: string,
): Promise<{ removed: number; reassigned: number }> {
  const removed = await tx.query<{ id: string }>(
    `DELETE FROM quotes q USING quote_corrections c
     WHERE c.article_id = $1 AND c.action = 'not_quote' AND ${MATCH} RETURNING q.id`,
    [articleId],
  );
  const reassigned = await tx.query<{ id: string }>(
    `UPDATE quotes q SET speaker_id = c.speaker_id, speaker_label = c.speaker_label, speaker_corrected = true
     FROM quote_corrections c
     WHERE c.article_id = $1 AND c.action = 'reassign_speaker' AND ${MATCH} RETURNING q.id`,
    [articleId],
  );
  return { removed: removed.rows.length, reassigned: reassigned.rows.length };
}
