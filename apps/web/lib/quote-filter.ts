/**
 * The statements explorer keeps its whole state in the URL, so that a view is a link
 * (`/quotes?country=UA&official=true`, `/quotes?type=organization&country=CA`). This module converts between URL search parameters and the
 * API's `QuoteFilter`, and builds the links of facet toggles, pagination and export.
 */

import type { SchemaType } from "./graphql";
import {
  CATEGORIES,
  type Category,
  KINDS,
  type Kind,
  SPEAKER_TYPES,
  type SpeakerType,
} from "./vocabulary";

/** The API's QuoteFilter input, as sent in variables (from the generated GraphQL types). */
export type QuoteFilterInput = SchemaType<"QuoteFilter">;

/** Search parameters as Next.js hands them to a page. */
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parameter name in the URL for each list-valued filter field matched by exact value. */
const LISTS = {
  speakerId: "person",
  organization: "organization",
  topic: "topic",
  source: "source",
  articleId: "article",
} as const;

function all(params: SearchParamsRecord, name: string): string[] {
  const value = params[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** A real calendar day as YYYY-MM-DD (2022-02-30 is not one). */
function isDay(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A free-text parameter, whole (commas included). */
function text(params: SearchParamsRecord, name: string): string | undefined {
  const raw = params[name];
  return (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
}

function first(params: SearchParamsRecord, name: string): string | undefined {
  return all(params, name)[0];
}

/** Reads a QuoteFilter from URL parameters, ignoring values the API would reject. */
export function parseQuoteFilter(params: SearchParamsRecord): QuoteFilterInput {
  const filter: QuoteFilterInput = {};
  const countries = all(params, "country")
    .map((c) => c.toUpperCase())
    .filter((c) => /^[A-Z]{2}$/.test(c));
  if (countries.length) filter.speakerCountry = [...new Set(countries)];
  const categories = all(params, "category")
    .map((c) => c.toUpperCase() as Category)
    .filter((c) => CATEGORIES.includes(c));
  if (categories.length) filter.speakerCategory = [...new Set(categories)];
  const kinds = all(params, "kind")
    .map((k) => k.toUpperCase() as Kind)
    .filter((k) => KINDS.includes(k));
  if (kinds.length) filter.kind = [...new Set(kinds)];
  const types = all(params, "type")
    .map((t) => t.toUpperCase() as SpeakerType)
    .filter((t) => SPEAKER_TYPES.includes(t));
  if (types.length) filter.speakerType = [...new Set(types)];
  const official = first(params, "official");
  if (official === "true" || official === "false") filter.official = official === "true";
  const from = first(params, "from");
  if (from && isDay(from)) filter.from = from;
  const to = first(params, "to");
  if (to && isDay(to)) filter.to = to;
  const search = text(params, "q");
  if (search) filter.search = search;
  const speakerName = text(params, "speaker");
  if (speakerName) filter.speakerName = speakerName;
  for (const [field, name] of Object.entries(LISTS) as [keyof typeof LISTS, string][]) {
    // Values may hold commas (organization names): only repeated parameters make lists here.
    const raw = params[name];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length) filter[field] = [...new Set(values)];
  }
  return filter;
}

/** Writes a QuoteFilter back as URL parameters, in a stable order. */
export function filterToParams(filter: QuoteFilterInput): URLSearchParams {
  const params = new URLSearchParams();
  for (const c of filter.speakerCountry ?? []) params.append("country", c);
  for (const c of filter.speakerCategory ?? []) params.append("category", c.toLowerCase());
  if (filter.official != null) params.set("official", String(filter.official));
  for (const k of filter.kind ?? []) params.append("kind", k.toLowerCase());
  for (const t of filter.speakerType ?? []) params.append("type", t.toLowerCase());
  if (filter.search) params.set("q", filter.search);
  if (filter.speakerName) params.set("speaker", filter.speakerName);
  for (const [field, name] of Object.entries(LISTS) as [keyof typeof LISTS, string][]) {
    for (const value of filter[field] ?? []) params.append(name, value);
  }
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  return params;
}

/** `/quotes?…` for a filter, optionally at a cursor. */
export function quotesHref(
  filter: QuoteFilterInput,
  after?: string | null,
  order: QuoteOrder = "NEWEST",
): string {
  const params = filterToParams(filter);
  if (order === "OLDEST") params.set("sort", "oldest");
  if (after) params.set("after", after);
  const query = params.toString();
  return query ? `/quotes?${query}` : "/quotes";
}

export type QuoteOrder = "NEWEST" | "OLDEST";

/** The explorer's order (`sort=oldest`), newest first otherwise. */
export function parseOrder(params: SearchParamsRecord): QuoteOrder {
  return text(params, "sort") === "oldest" ? "OLDEST" : "NEWEST";
}

/** Last day of a "YYYY-MM" month as "YYYY-MM-DD". */
export function monthEnd(month: string): string {
  const [y, m] = month.split("-").map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}
