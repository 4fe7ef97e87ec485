/**
 * Recording a user's quote correction: it is stored against the quote's span (not its row), then
 * applied at once; ingest and re-parse apply the stored corrections again, so they survive.
 */
import { applyQuoteCorrections, type Database } from "@whosaid/db";
import type { QuoteRow } from "@whosaid/db/read";

/** Stores and applies a correction of one quote, in one transaction. */
export async function correctQuote(
  db: Database,
  quote: QuoteRow,
  correction:
    | { action: "reassign_speaker"; speakerId: string | null; speakerLabel: string | null }
    | { action: "not_quote" },
  createdBy: string,
): Promise<void> {
  const speakerId = correction.action === "reassign_speaker" ? correction.speakerId : null;
  const speakerLabel = correction.action === "reassign_speaker" ? correction.speakerLabel : null;
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO quote_corrections
         (article_id, start_offset, end_offset, quote_text, action, speaker_id, speaker_label, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (article_id, start_offset, end_offset, action) DO UPDATE
         SET speaker_id = EXCLUDED.speaker_id, speaker_label = EXCLUDED.speaker_label,
             created_by = EXCLUDED.created_by, created_at = now()`,
      [
        quote.articleId,
        quote.start,
        quote.end,
        quote.text,
        correction.action,
        speakerId,
        speakerLabel,
        createdBy,
      ],
    );
    await applyQuoteCorrections(tx, quote.articleId);
  });
}
