/** Display helpers shared by pages: flags, country names, dates, enum labels. */

const REGIONAL_INDICATOR_A = 0x1f1e6;

/** The flag emoji of an ISO 3166-1 alpha-2 code ("UA" → 🇺🇦), or "" for anything else. */
export function flagEmoji(code: string | null | undefined): string {
  if (!code || !/^[A-Za-z]{2}$/.test(code)) return "";
  const upper = code.toUpperCase();
  return String.fromCodePoint(
    ...[...upper].map((ch) => REGIONAL_INDICATOR_A + ch.charCodeAt(0) - 65),
  );
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** English name of a country code ("UA" → "Ukraine"); the code itself when unknown. */
export function countryName(code: string | null | undefined): string {
  if (!code) return "Unknown country";
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const monthFormat = new Intl.DateTimeFormat("en-GB", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "2022-11-15" or an ISO timestamp → "15 Nov 2022"; null when absent or unreadable. */
export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value.length === 7 ? `${value}-01` : value);
  if (Number.isNaN(date.getTime())) return null;
  return value.length === 7 ? monthFormat.format(date) : dateFormat.format(date);
}

/** The date part (YYYY-MM-DD) of a date or timestamp, for `<time dateTime>`. */
export function isoDay(value: string | null | undefined): string | undefined {
  return value?.slice(0, 10) || undefined;
}

/** "GOVERNMENT" → "Government"; also for quote kinds. */
export function enumLabel(value: string | null | undefined): string {
  if (!value) return "";
  return value.charAt(0).toUpperCase() + value.slice(1).toLowerCase();
}

/** "1 statement", "3 statements". */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? word : many}`;
}
