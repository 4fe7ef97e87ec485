/** The corrections users made, per quote, article and person, with who made them and when. */
import type { Queryable } from "../types.ts";
import { groupBy, isUuid } from "./sql.ts";

export type CorrectionKind =
  | "speaker"
  | "not_statement"
  | "kind"
  | "person_fact"
  | "merge"
  | "split";

/** One correction; `id` is `<letter>:<uuid>` (q quote, e person edit, m merge, s split). */
export interface CorrectionRow {
  id: string;
  kind: CorrectionKind;
  /** What changed, in words: "Speaker: Dmytro Kuleba", "country: UA". */
  detail: string;
  quoteText: string | null;
  createdBy: string | null;
  createdAt: string;
  ownerId: string;
}

const QUOTE_CORRECTIONS = `SELECT 'q:' || c.id AS id,
    CASE c.action WHEN 'reassign_speaker' THEN 'speaker' WHEN 'not_quote' THEN 'not_statement' ELSE 'kind' END AS kind,
    CASE c.action WHEN 'reassign_speaker' THEN 'Speaker: ' || coalesce(p.name, c.speaker_label, '?')
      WHEN 'not_quote' THEN 'Not a statement' ELSE 'Kind: ' || c.kind END AS detail,
    c.quote_text AS "quoteText", c.created_by AS "createdBy", c.created_at AS "createdAt"`;

/** Every correction of each article's statements, newest first. */
export async function correctionsByArticleIds(
  db: Queryable,
  articleIds: readonly string[],
): Promise<CorrectionRow[][]> {
  const { rows } = await db.query<CorrectionRow>(
    `${QUOTE_CORRECTIONS}, c.article_id AS "ownerId"
     FROM quote_corrections c LEFT JOIN people p ON p.id = c.speaker_id
     WHERE c.article_id = ANY($1::uuid[]) ORDER BY c.created_at DESC`,
    [articleIds.filter(isUuid)],
  );
  return groupBy(articleIds, rows, (r) => r.ownerId);
}

/** The corrections that apply to each quote (same span, or same text), newest first. */
export async function correctionsByQuoteIds(
  db: Queryable,
  quoteIds: readonly string[],
): Promise<CorrectionRow[][]> {
  const { rows } = await db.query<CorrectionRow>(
    `${QUOTE_CORRECTIONS}, q.id AS "ownerId"
     FROM quotes q JOIN quote_corrections c ON c.article_id = q.article_id
       AND ((c.start_offset = q.start_offset AND c.end_offset = q.end_offset) OR c.quote_text = q.text)
     LEFT JOIN people p ON p.id = c.speaker_id
     WHERE q.id = ANY($1::uuid[]) ORDER BY c.created_at DESC`,
    [quoteIds.filter(isUuid)],
  );
  return groupBy(quoteIds, rows, (r) => r.ownerId);
}

/** Edits, merges and splits of each person, newest first. */
export async function correctionsByPersonIds(
  db: Queryable,
  personIds: readonly string[],
): Promise<CorrectionRow[][]> {
  const { rows } = await db.query<CorrectionRow>(
    `SELECT * FROM (
       SELECT 'e:' || e.id AS id, 'person_fact' AS kind,
         replace(e.field, 'is_official', 'official') || ': ' || coalesce(e.value, '—') AS detail,
         e.created_by AS "createdBy", e.created_at AS "createdAt", e.person_id AS "ownerId"
       FROM person_edits e WHERE e.person_id = ANY($1::uuid[])
       UNION ALL
       SELECT 'm:' || m.from_person_id, 'merge', 'Merged in: ' || m.from_name,
         m.created_by, m.created_at, m.into_person_id
       FROM person_merges m WHERE m.into_person_id = ANY($1::uuid[])
       UNION ALL
       SELECT 's:' || s.id, 'split',
         'Split off ' || cardinality(s.article_ids) || ' article(s) to ' || np.name || ' (' || np.id || ')',
         s.created_by, s.created_at, s.person_id
       FROM person_splits s JOIN people np ON np.id = s.created_person_id
       WHERE s.person_id = ANY($1::uuid[])
     ) c ORDER BY "createdAt" DESC`,
    [personIds.filter(isUuid)],
  );
  return groupBy(
    personIds,
    rows.map((r) => ({ ...r, quoteText: null })),
    (r) => r.ownerId,
  );
}
