import type { Queryable } from "../types.ts";

// A correction applies to the quote with the same span, or failing that the same text (a parser
// upgrade may move a quote's boundaries by a character without changing what it is).
const MATCH = `q.article_id = c.article_id
  AND ((q.start_offset = c.start_offset AND q.end_offset = c.end_offset) OR q.text = c.quote_text)`;

/**
 * Applies the stored quote corrections of one article to its quote rows: drops the statements whose
 * piece was marked "not a quote" and sets reassigned speakers on every piece of the statement. Ingest and re-parse call it; so should a mutation that adds a
 * correction. Returns how many quotes were removed and reassigned.
 */
export async function applyQuoteCorrections(
  tx: Queryable,
  articleId: string,
): Promise<{ removed: number; reassigned: number }> {
  // A correction of one piece is a correction of its statement: every piece follows.
  const removed = await tx.query<{ id: string }>(
    `DELETE FROM quotes s WHERE s.article_id = $1 AND s.statement_id IN (
       SELECT q.statement_id FROM quotes q JOIN quote_corrections c ON ${MATCH}
       WHERE c.article_id = $1 AND c.action = 'not_quote')
     RETURNING s.id`,
    [articleId],
  );
  const reassigned = await tx.query<{ id: string }>(
    `UPDATE quotes s SET speaker_id = c.speaker_id, speaker_label = c.speaker_label, speaker_corrected = true
     FROM quotes q JOIN quote_corrections c ON ${MATCH}
     WHERE c.article_id = $1 AND c.action = 'reassign_speaker'
       AND s.article_id = $1 AND s.statement_id = q.statement_id
     RETURNING s.id`,
    [articleId],
  );
  return { removed: removed.rows.length, reassigned: reassigned.rows.length };
}
