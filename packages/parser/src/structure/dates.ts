import words from "../lexicon/structure-dates.json";

const MONTHS = words.months as Record<string, number>;
const WEEKDAYS = new Set(words.weekdays);
/** Longest first, so "published on" is taken before "published". */
const PREFIXES = [...words.prefixes].sort((a, b) => b.length - a.length);
/** Words that may stand between the parts of a date or before its time ("25 de mayo", "um"). */
const FILLERS = new Set(["de", "del", "den", "der", "at", "um", "à", "a", "las", "la", "h", "|"]);

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** 25.09.2018, 25/09/2018, 09/25/2018, 25-09-2018. */
const NUMERIC = /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/;
/** Clock times with their zone: "10:32 a.m. ET", "14:05 Uhr", "14h05", "3.45pm". */
const TIME =
  /(?<![\d.])\d{1,2}(?:[:h]\d{2}(?::\d{2})?|\.\d{2}(?=\s*(?:uhr|[ap]\.?m)))(?:\s*[ap]\.?m\.?)?(?:\s*(?:uhr|gmt|utc|[a-z]{1,2}[sd]?t)(?:\s*[+-]\s*\d{1,2})?\b)?|(?<!\d)\d{1,2}\s*[ap]\.?m\.?(?=\s|,|$)/gi;
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th|er|re|e|º|°|\.)?$/;

/**
 * Parses a line that is a printed date in English, German, French or Spanish ("Friday, January
 * 4, 2019", "4 January 2019 10:32 GMT", "publiziert am 25. September 2018", "le 3 mars 2019 à
 * 14h05", "25 de septiembre de 2018", "2019-01-04", "25.09.2018") to YYYY-MM-DD, or null when the
 * whole line is not a date. Day and month written as two numbers are read only when unambiguous
 * (a dot means day first, as in German; a part over 12 is the day).
 */
export function parseDateLine(line: string): string | null {
  let s = line.trim().toLowerCase();
  if (s.length < 6 || s.length > 90) return null;
  const iso = ISO.exec(s.toUpperCase());
  if (iso) return ymd(+iso[1], +iso[2], +iso[3]);
  s = withoutPrefix(s).replace(TIME, " ");
  const numeric = NUMERIC.exec(s);
  if (numeric) {
    const rest = s.replace(numeric[0], " ");
    if (tokens(rest).length > 0) return null;
    return numericDate(+numeric[1], numeric[2], +numeric[3], +numeric[4]);
  }
  const parts = tokens(s);
  if (parts.length !== 3) return null;
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of parts) {
    const m = MONTHS[part.replace(/\.$/, "")];
    const ordinal = ORDINAL.exec(part);
    if (m && !month) month = m;
    else if (/^\d{4}$/.test(part) && !year) year = +part;
    else if (ordinal && !day) day = +ordinal[1];
    else return null;
  }
  return ymd(year, month, day);
}

function withoutPrefix(s: string): string {
  for (const prefix of PREFIXES) {
    if (s.startsWith(prefix) && /^[\s:,.-]/.test(s.slice(prefix.length))) {
      return s.slice(prefix.length).replace(/^[\s:,.-]+/, "");
    }
  }
  return s;
}

/** The words of a date line, without weekdays, fillers and punctuation. */
function tokens(s: string): string[] {
  return s
    .split(/[\s,]+/)
    .map((t) => t.replace(/^[([]+|[)\]]+$/g, ""))
    .filter((t) => t && !/^[-–—|·•/]+$/.test(t))
    .filter((t) => !WEEKDAYS.has(t.replace(/\.$/, "")) && !FILLERS.has(t));
}

function numericDate(a: number, separator: string, b: number, year: number): string | null {
  if (separator === "." || separator === "-" || a > 12) return ymd(year, b, a);
  if (b > 12) return ymd(year, a, b);
  return a === b ? ymd(year, a, b) : null;
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

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
