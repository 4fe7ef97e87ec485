import words from "../lexicon/date-words.json" with { type: "json" };
import type { DateMatch } from "./absolute.ts";
import { addDays, isoDate, lastDayOfMonth, mondayOf, weekday } from "./calendar.ts";

const WEEKDAYS = words.weekdays as Record<string, number>;
const NUMBERS = words.numbers as Record<string, number>;
const FUTURE = new RegExp(`\\b(?:${words.future.join("|")})\\b`, "i");
const WEEKDAY = `(${Object.keys(WEEKDAYS).join("|")})`;
const PART = "(?:\\s+(?:morning|afternoon|evening|night))?";

type Resolver = (
  m: RegExpExecArray,
  ref: string,
  before: string,
) => Omit<DateMatch, "index" | "text"> | null;

/** The most recent given weekday on or before the reference date (strictly before with "last"). */
function pastWeekday(ref: string, target: number, strict: boolean): string {
  let back = (weekday(ref) - target + 7) % 7;
  if (back === 0 && strict) back = 7;
  return addDays(ref, -back);
}

function nextWeekday(ref: string, target: number): string {
  const ahead = (target - weekday(ref) + 7) % 7 || 7;
  return addDays(ref, ahead);
}

function month(ref: string, offset: number): { date: string; endDate: string } {
  const y = Number(ref.slice(0, 4));
  const m = Number(ref.slice(5, 7)) + offset;
  const year = y + Math.floor((m - 1) / 12);
  const mon = ((((m - 1) % 12) + 12) % 12) + 1;
  return { date: isoDate(year, mon, 1)!, endDate: lastDayOfMonth(year, mon) };
}

function week(ref: string, offset: number): { date: string; endDate: string } {
  const monday = addDays(mondayOf(ref), 7 * offset);
  return { date: monday, endDate: addDays(monday, 6) };
}

/**
 * Relative forms resolved against the article date: weekdays ("Tuesday", "late Monday",
 * "last Friday"), yesterday/today/tomorrow, last/this/next week, month and year, "N days ago".
 * Each form comes with the words ("a|b", any case) one of which the text must hold for it to be
 * tried at all; one scan for all of them picks the forms a paragraph needs. A bare weekday is the
 * most recent one (the article's own day counts) unless the words before it speak of the future
 * ("will meet on Friday").
 */
const FORMS: [gate: string, RegExp, Resolver][] = [
  [
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)\\s+)?${WEEKDAY}${PART}\\b`, "g"),
    (m, ref, before) => {
      const target = WEEKDAYS[m[2]];
      const which = m[1]?.toLowerCase();
      if (which === "next") return { date: nextWeekday(ref, target) };
      if (which === "last") return { date: pastWeekday(ref, target, true) };
      if (FUTURE.test(before) && weekday(ref) !== target) return { date: nextWeekday(ref, target) };
      return { date: pastWeekday(ref, target, false) };
    },
  ],
  [
    "yesterday|last night",
    /\b(?:[Yy]esterday|[Ll]ast night)\b/g,
    (_m, ref) => ({ date: addDays(ref, -1) }),
  ],
  [
    "today|tonight|this morning|this afternoon|this evening",
    /\b(?:[Tt]oday|[Tt]onight|[Tt]his (?:morning|afternoon|evening))\b/g,
    (_m, ref) => ({ date: ref }),
  ],
  ["tomorrow", /\b[Tt]omorrow\b/g, (_m, ref) => ({ date: addDays(ref, 1) })],
  [
    "earlier this week",
    /\b[Ee]arlier this week\b/g,
    (_m, ref) => ({ date: mondayOf(ref), endDate: ref }),
  ],
  [
    "earlier this month",
    /\b[Ee]arlier this month\b/g,
    (_m, ref) => ({ date: `${ref.slice(0, 8)}01`, endDate: ref }),
  ],
  [
    "last |this |next ",
    /\b([Ll]ast|[Tt]his|[Nn]ext) (week|month|year|weekend)\b/g,
    (m, ref) => span(m[1].toLowerCase(), m[2], ref),
  ],
  [
    " ago",
    new RegExp(`\\b(${Object.keys(NUMBERS).join("|")}|\\d{1,2}) (day|week)s? ago\\b`, "gi"),
    (m, ref) => {
      const n = NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
      return { date: addDays(ref, -n * (m[2].toLowerCase() === "week" ? 7 : 1)) };
    },
  ],
];

function span(which: string, unit: string, ref: string): { date: string; endDate?: string } {
  const offset = which === "last" ? -1 : which === "next" ? 1 : 0;
  if (unit === "week") return week(ref, offset);
  if (unit === "month") return month(ref, offset);
  if (unit === "weekend") {
    const saturday = addDays(mondayOf(ref), 5 + 7 * (which === "this" ? 0 : offset));
    return { date: saturday, endDate: addDays(saturday, 1) };
  }
  const y = Number(ref.slice(0, 4)) + offset;
  return { date: `${y}-01-01`, endDate: `${y}-12-31` };
}

/** The relative forms: pattern and resolver, in the order of their gates in TRIGGERS. */
export const RELATIVE: [RegExp, Resolver][] = FORMS.map(([, re, resolve]) => [re, resolve]);

const TRIGGERS = new RegExp(FORMS.map(([gate]) => `(${gate})`).join("|"), "gi");

/** Which relative forms (by index) a text may hold, from one scan for all their gate words. */
export function relativeFormsIn(text: string): boolean[] {
  const wanted = FORMS.map(() => false);
  for (const m of text.matchAll(TRIGGERS)) {
    for (let g = 1; g < m.length; g++) if (m[g] !== undefined) wanted[g - 1] = true;
  }
  return wanted;
}
