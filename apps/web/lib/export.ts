import { apiOrigin } from "./env";
import { filterToParams, parseQuoteFilter } from "./quote-filter";

/** Files the API exports. */
export const EXPORT_FILES = {
  "quotes.csv": "text/csv; charset=utf-8",
  "quotes.jsonl": "application/x-ndjson; charset=utf-8",
} as const;

export type ExportFile = keyof typeof EXPORT_FILES;

/**
 * URL of the API's export for the explorer's URL parameters: the export takes the explorer's
 * parameter names, so the view's filter goes as `/quotes` would carry it (checked and in order;
 * paging and sort left out).
 */
export function apiExportUrl(
  graphqlUrl: string,
  file: ExportFile,
  search: URLSearchParams,
): string {
  const filter = parseQuoteFilter(
    Object.fromEntries([...new Set(search.keys())].map((k) => [k, search.getAll(k)])),
  );
  const query = filterToParams(filter).toString();
  return `${apiOrigin(graphqlUrl)}/export/${file}${query ? `?${query}` : ""}`;
}
