const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_ABBR = MONTHS.map((m) => m.slice(0, 3));

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
const MONTH_FIRST = new RegExp(
  `^${WEEKDAY}([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`,
  "i",
);
const DAY_FIRST = new RegExp(
  `^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})$`,
  "i",
);

/**
 * Parses a date line as written by newsrooms ("Friday, January 4, 2019", "4 January 2019",
 * "2019-01-04") to YYYY-MM-DD, or null when the whole line is not a date.
 */
export function parseDateLine(line: string): string | null {
  const s = line.trim();
  if (s.length > 48) return null;
  const iso = ISO.exec(s);
  if (iso) return ymd(+iso[1], +iso[2], +iso[3]);
  const mf = MONTH_FIRST.exec(s);
  if (mf) return ymd(+mf[3], monthIndex(mf[1]), +mf[2]);
  const df = DAY_FIRST.exec(s);
  if (df) return ymd(+df[3], monthIndex(df[2]), +df[1]);
  return null;
}

/**
 * Normalises a publication date from metadata: keeps ISO 8601 as given when it is valid (a full
 * timestamp stays a timestamp), reads written dates, and returns null for anything else.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const iso = ISO.exec(s);
  if (iso) {
    if (!ymd(+iso[1], +iso[2], +iso[3])) return null;
    return iso[4] ? s.replace(" ", "T") : s;
  }
  const line = parseDateLine(s);
  if (line) return line;
  // Other forms (RFC 2822 and the like): accept only when the engine reads them unambiguously.
  if (s.length > 64 || !/\d{4}/.test(s)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function monthIndex(name: string): number {
  const n = name.toLowerCase();
  const full = MONTHS.indexOf(n);
  if (full >= 0) return full + 1;
  const abbr = n === "sept" ? 8 : MONTH_ABBR.indexOf(n);
  return abbr >= 0 ? abbr + 1 : 0;
}

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
