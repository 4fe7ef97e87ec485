/**
 * Recording a user's quote correction: it is stored against the quote's span (not its row), then
 * applied at once; ingest and re-parse apply the stored corrections again, so they survive.
 */
import { type Database, type QuoteCorrection, recordQuoteCorrection } from "@whosaid/db";
import type { QuoteRow } from "@whosaid/db/read";

/** Stores and applies a correction of one quote, in one transaction. */
export async function correctQuote(
  db: Database,
  quote: QuoteRow,
  correction: QuoteCorrection,
  createdBy: string,
): Promise<void> {
  await db.transaction((tx) => recordQuoteCorrection(tx, quote, correction, createdBy));
}
