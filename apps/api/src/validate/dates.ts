import { DATE_RANGE } from "./limits.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * True for a real calendar date written YYYY-MM-DD within {@link DATE_RANGE} (2022-02-30 is not
 * one, nor is 0000-01-01: PostgreSQL has no year 0).
 */
export function isDate(value: unknown): value is string {
  return (
    typeof value === "string" &&
    DATE.test(value) &&
    value >= DATE_RANGE.min &&
    value <= DATE_RANGE.max &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  );
}

/** The message for a value that is not such a date. */
export function notADate(value: unknown): string {
  const shown = JSON.stringify(value)?.slice(0, 40);
  return `Expected a date as YYYY-MM-DD between ${DATE_RANGE.min} and ${DATE_RANGE.max}, got ${shown}.`;
}
