import { apiOrigin } from "./env";
import { parseQuoteFilter, type QuoteFilterInput } from "./quote-filter";

/** Files the API exports. */
export const EXPORT_FILES = {
  "quotes.csv": "text/csv; charset=utf-8",
  "quotes.jsonl": "application/x-ndjson; charset=utf-8",
} as const;

export type ExportFile = keyof typeof EXPORT_FILES;

/** The filter as the API's export endpoint reads it: QuoteFilter field names, lists repeated. */
export function exportParams(filter: QuoteFilterInput): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else if (value !== undefined) params.set(key, String(value));
  }
  return params;
}

/** URL of the API's export for the explorer's URL parameters. */
export function apiExportUrl(
  graphqlUrl: string,
  file: ExportFile,
  search: URLSearchParams,
): string {
  const filter = parseQuoteFilter(
    Object.fromEntries([...new Set(search.keys())].map((k) => [k, search.getAll(k)])),
  );
  const query = exportParams(filter).toString();
  return `${apiOrigin(graphqlUrl)}/export/${file}${query ? `?${query}` : ""}`;
}
