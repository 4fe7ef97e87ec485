/** Reads a QuoteFilter from query-string parameters (lists as repeats or commas), validating it. */

import { decodeGlobalID } from "@pothos/plugin-relay";
import type { QuoteFilter, QuoteKind, SpeakerCategory } from "@whosaid/db/read";
import { isDate } from "./dates.ts";

const CATEGORIES = ["government", "military", "expert", "media", "other", "unknown"];
const KINDS = ["direct", "partial", "indirect"];

// Codes and ids may be comma-separated; names and labels (which can hold commas) only repeated.
function list(params: URLSearchParams, name: string, commas = true): string[] | null {
  const values = params
    .getAll(name)
    .flatMap((v) => (commas ? v.split(",") : [v]))
    .map((v) => v.trim())
    .filter(Boolean);
  return values.length ? values : null;
}

function ids(params: URLSearchParams, name: string, typename: string): string[] | null {
  return (
    list(params, name)?.map((id) => {
      if (/^[0-9a-f-]{36}$/i.test(id)) return id;
      try {
        const d = decodeGlobalID(id);
        if (d.typename === typename) return d.id;
      } catch {
        // an unknown id matches nothing
      }
      return "00000000-0000-0000-0000-000000000000";
    }) ?? null
  );
}

/** The filter, or the first problem found. */
export function filterFromParams(
  params: URLSearchParams,
): { filter: QuoteFilter } | { error: string } {
  const category = list(params, "speakerCategory")?.map((c) => c.toLowerCase());
  if (category?.some((c) => !CATEGORIES.includes(c)))
    return { error: `speakerCategory must be among ${CATEGORIES}` };
  const kind = list(params, "kind")?.map((k) => k.toLowerCase());
  if (kind?.some((k) => !KINDS.includes(k))) return { error: `kind must be among ${KINDS}` };
  const official = params.get("official");
  if (official !== null && official !== "true" && official !== "false")
    return { error: "official must be true or false" };
  for (const d of ["from", "to"]) {
    const v = params.get(d);
    if (v !== null && !isDate(v)) return { error: `${d} must be a date YYYY-MM-DD` };
  }
  return {
    filter: {
      speakerCountry: list(params, "speakerCountry"),
      speakerCategory: (category ?? null) as SpeakerCategory[] | null,
      official: official === null ? null : official === "true",
      speakerId: ids(params, "speakerId", "Person"),
      speakerName: params.get("speakerName"),
      organization: list(params, "organization", false),
      topic: list(params, "topic", false),
      kind: (kind ?? null) as QuoteKind[] | null,
      source: list(params, "source", false),
      articleId: ids(params, "articleId", "Article"),
      from: params.get("from"),
      to: params.get("to"),
      search: params.get("search"),
    },
  };
}
