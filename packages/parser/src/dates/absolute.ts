import words from "../lexicon/date-words.json" with { type: "json" };
import { isoDate, lastDayOfMonth, nearestYear } from "./calendar.ts";

const MONTHS = words.months as Record<string, number>;
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:1[89]|20)\\d{2})";

/** A date form found in text: where it is and what it resolves to. */
export interface DateMatch {
  index: number;
  text: string;
  date: string;
  endDate?: string;
}

type Resolver = (
  m: RegExpExecArray,
  reference: string | null,
) => Omit<DateMatch, "index" | "text"> | null;

const month = (name: string) => MONTHS[name];

/** A quick test for any month name, before the full patterns are tried. */
export const ANY_MONTH =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,? \d|\d (?:of )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
/** A quick test for an ISO date. */
export const ANY_ISO = /\d{4}-\d\d-/;

/** Absolute forms, most specific first: "2022-11-15", "Nov. 15, 2022", "15 November 2022", "November 2022". */
export const ABSOLUTE: [RegExp, Resolver][] = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => day(isoDate(+m[1], +m[2], +m[3]))],
  [
    new RegExp(
      `\\b${MONTH} ${DAY}(?:,? ${YEAR})?\\b(?!\\s*(?:-|–)?\\s*(?:billion|million|percent|%))`,
      "g",
    ),
    (m, ref) =>
      day(m[3] ? isoDate(+m[3], month(m[1]), +m[2]) : ref && nearestYear(ref, month(m[1]), +m[2])),
  ],
  [
    new RegExp(`\\b${DAY} (?:of )?${MONTH}(?:,? ${YEAR})?\\b`, "g"),
    (m, ref) =>
      day(m[3] ? isoDate(+m[3], month(m[2]), +m[1]) : ref && nearestYear(ref, month(m[2]), +m[1])),
  ],
  [
    new RegExp(`\\b${MONTH},? ${YEAR}\\b`, "g"),
    (m) => {
      const start = isoDate(+m[2], month(m[1]), 1);
      return start ? { date: start, endDate: lastDayOfMonth(+m[2], month(m[1])) } : null;
    },
  ],
];

function day(date: string | null | undefined): { date: string } | null {
  return date ? { date } : null;
}
