/**
 * Reads the export's filter from query-string parameters through the same validator as the
 * GraphQL argument: the parameters become a `QuoteFilter` input value, coerced by the schema
 * (enums, the Date scalar) and checked by the input rules (`validate/`), then decoded as
 * `Query.quotes` decodes it. The parameters are named as in the web app's URLs (`EXPORT_PARAMS`).
 */
import type { QuoteFilter } from "@whosaid/db/read";
import { coerceInputValue, type GraphQLInputObjectType } from "graphql";
import { badInput } from "./errors.ts";
import { schema } from "./schema/index.ts";
import { type QuoteFilterInput, toQuoteFilter } from "./schema/quote-filter.ts";
import { checkInput } from "./validate/arguments.ts";

type Shape = "list" | "names" | "enums" | "boolean" | "text";

/**
 * Each `QuoteFilter` field's parameter: the web app's URL name (`/quotes?country=UA&type=group`
 * exports as `/export/quotes.csv?country=UA&type=group`), the field's own name kept as an alias
 * (`speakerCountry=UA`). Codes, enums and ids may be comma-separated; names and labels (which can
 * hold commas) only repeated. Typed by the input, so a new filter field needs a parameter here.
 */
const EXPORT_PARAMS: Record<keyof QuoteFilterInput, { name: string; shape: Shape }> = {
  speakerCountry: { name: "country", shape: "list" },
  speakerCategory: { name: "category", shape: "enums" },
  official: { name: "official", shape: "boolean" },
  speakerId: { name: "person", shape: "list" },
  speakerName: { name: "speaker", shape: "text" },
  organization: { name: "organization", shape: "names" },
  topic: { name: "topic", shape: "names" },
  kind: { name: "kind", shape: "enums" },
  speakerType: { name: "type", shape: "enums" },
  source: { name: "source", shape: "names" },
  articleId: { name: "article", shape: "list" },
  from: { name: "from", shape: "text" },
  to: { name: "to", shape: "text" },
  search: { name: "q", shape: "text" },
};

function rawValue(params: URLSearchParams, names: string[], shape: Shape): unknown {
  const given = names.flatMap((name) => params.getAll(name));
  if (shape === "text") return given[0] ?? null;
  if (shape === "boolean") {
    const v = given[0] ?? null;
    return v === "true" ? true : v === "false" ? false : v;
  }
  const values = given
    .flatMap((v) => (shape === "names" ? [v] : v.split(",")))
    .map((v) => v.trim())
    .filter(Boolean);
  if (!values.length) return null;
  // Enum values as the facets show them ("direct") or as GraphQL names them ("DIRECT").
  return shape === "enums" ? values.map((v) => v.toUpperCase()) : values;
}

/** The filter of an export request; throws BAD_USER_INPUT as `Query.quotes` would. */
export function filterFromParams(params: URLSearchParams): QuoteFilter {
  const raw: Record<string, unknown> = {};
  for (const [field, { name, shape }] of Object.entries(EXPORT_PARAMS)) {
    const value = rawValue(params, name === field ? [name] : [name, field], shape);
    if (value !== null) raw[field] = value;
  }
  const type = schema.getType("QuoteFilter") as GraphQLInputObjectType;
  const filter = coerceInputValue(raw, type, (path, _value, error) => {
    throw badInput(`${path.length ? `${path.join(".")}: ` : ""}${error.message}`);
  });
  checkInput(filter, type, "filter");
  return toQuoteFilter(filter as QuoteFilterInput);
}
