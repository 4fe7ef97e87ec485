import type { Queryable } from "../types.ts";

// A correction applies to the quote with the same span, or failing that the same text (a parser
// upgrade may move a quote's boundaries by a character without changing what it is).
const MATCH = `q.article_id = c.article_id
  AND ((q.start_offset = c.start_offset AND q.end_offset = c.end_offset) OR q.text = c.quote_text)`;

/**
 * Applies the stored quote corrections of one article to its quote rows: drops the statements whose
 * piece was marked "not a quote" and sets reassigned speakers on every piece of the statement and corrected kinds. Ingest and re-parse call it; so should a mutation that adds a
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
    // A person set by hand is a person; what a label set by hand stands for is not known.
    `UPDATE quotes s SET speaker_id = c.speaker_id, speaker_label = c.speaker_label, speaker_corrected = true,
       speaker_type = CASE WHEN c.speaker_id IS NOT NULL THEN 'person' END
     FROM quotes q JOIN quote_corrections c ON ${MATCH}
     WHERE c.article_id = $1 AND c.action = 'reassign_speaker'
       AND s.article_id = $1 AND s.statement_id = q.statement_id
     RETURNING s.id`,
    [articleId],
  );
  await tx.query(
    `UPDATE quotes q SET kind = c.kind FROM quote_corrections c
     WHERE c.article_id = $1 AND c.action = 'set_kind' AND ${MATCH}`,
    [articleId],
  );
  return { removed: removed.rows.length, reassigned: reassigned.rows.length };
}

/** A correction of one quote, as a user asked for it. */
export type QuoteCorrection =
  | { action: "reassign_speaker"; speakerId: string | null; speakerLabel: string | null }
  | { action: "not_quote" }
  | { action: "set_kind"; kind: "direct" | "partial" | "indirect" };

/**
 * Stores a correction against the quote's span (not its row, which re-parsing replaces) and
 * applies it at once (run inside a transaction). A newer correction of the same kind replaces one.
 */
export async function recordQuoteCorrection(
  tx: Queryable,
  quote: { articleId: string; start: number; end: number; text: string },
  correction: QuoteCorrection,
  createdBy: string,
): Promise<void> {
  const reassign = correction.action === "reassign_speaker" ? correction : null;
  await tx.query(
    `INSERT INTO quote_corrections
       (article_id, start_offset, end_offset, quote_text, action, speaker_id, speaker_label, kind, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (article_id, start_offset, end_offset, action) DO UPDATE
       SET speaker_id = EXCLUDED.speaker_id, speaker_label = EXCLUDED.speaker_label,
           kind = EXCLUDED.kind, created_by = EXCLUDED.created_by, created_at = now()`,
    [
      quote.articleId,
      quote.start,
      quote.end,
      quote.text,
      correction.action,
      reassign?.speakerId ?? null,
      reassign?.speakerLabel ?? null,
      correction.action === "set_kind" ? correction.kind : null,
      createdBy,
    ],
  );
  await applyQuoteCorrections(tx, quote.articleId);
}

/** Removes a quote correction; returns its article's id (to re-parse), or null when unknown. */
export async function deleteQuoteCorrection(tx: Queryable, id: string): Promise<string | null> {
  const { rows } = await tx.query<{ article_id: string }>(
    "DELETE FROM quote_corrections WHERE id = $1 RETURNING article_id",
    [id],
  );
  return rows[0]?.article_id ?? null;
}
