/** Parses RFC 4180 CSV text into rows of fields; blank lines are skipped. */
export function parseCsv(text: string): string[][];
