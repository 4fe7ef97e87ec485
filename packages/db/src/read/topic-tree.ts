/** The set of topics a topic filter means: the named topics and every topic below them. */
import type { Params } from "./sql.ts";

/**
 * SQL for an array of topic ids: the topics named by id or label (case-insensitive) and all their
 * descendants. Uncorrelated, so PostgreSQL computes it once per statement.
 */
export function topicSubtreeIds(names: string[], params: Params): string {
  const ids = params.add(names.map((t) => t.trim()));
  const labels = params.add(names.map((t) => t.trim().toLowerCase()));
  return `ARRAY(WITH RECURSIVE sub(id) AS (
      SELECT t.id FROM topics t WHERE t.id = ANY(${ids}::text[]) OR lower(t.label) = ANY(${labels}::text[])
      UNION SELECT c.id FROM topics c JOIN sub ON c.parent_id = sub.id)
    SELECT id FROM sub)`;
}

/** The same subtree for a topic id given as a SQL expression (e.g. a column of an outer query). */
export function subtreeOfColumn(column: string): string {
  return `ARRAY(WITH RECURSIVE sub(id) AS (
      SELECT ${column} UNION SELECT c.id FROM topics c JOIN sub ON c.parent_id = sub.id)
    SELECT id FROM sub)`;
}
