/** The people list's filter in the URL: `/people?q=kuleba&country=UA&category=government`. */
import type { SearchParamsRecord } from "./quote-filter";
import { CATEGORIES, type Category } from "./vocabulary";

export interface PersonFilterInput {
  search?: string;
  country?: string[];
  category?: Category[];
  official?: boolean;
  quoted: boolean;
}

function one(params: SearchParamsRecord, name: string): string | undefined {
  const raw = params[name];
  return (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
}

/** Reads the people filter; only quoted people are listed unless `all=true`. */
export function parsePersonFilter(params: SearchParamsRecord): PersonFilterInput {
  const filter: PersonFilterInput = { quoted: one(params, "all") !== "true" };
  const search = one(params, "q");
  if (search) filter.search = search;
  const country = one(params, "country")?.toUpperCase();
  if (country && /^[A-Z]{2}$/.test(country)) filter.country = [country];
  const category = one(params, "category")?.toUpperCase();
  if (category && CATEGORIES.includes(category as Category))
    filter.category = [category as Category];
  const official = one(params, "official");
  if (official === "true" || official === "false") filter.official = official === "true";
  return filter;
}
