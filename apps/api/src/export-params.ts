/**
 * Reads the export's filter from query-string parameters through the same validator as the
 * GraphQL argument: the parameters become a `QuoteFilter` input value, coerced by the schema
 * (enums, the Date scalar) and checked by the input rules (`validate/`), then decoded as
 * `Query.quotes` decodes it. Lists come as repeats or, for codes and ids, comma-separated.
 */
import type { QuoteFilter } from "@whosaid/db/read";
import { coerceInputValue, type GraphQLInputObjectType } from "graphql";
import { badInput } from "./errors.ts";
import { schema } from "./schema/index.ts";
import { type QuoteFilterInput, toQuoteFilter } from "./schema/quote-filter.ts";
import { checkInput } from "./validate/arguments.ts";

type Shape = "list" | "names" | "enums" | "boolean" | "text";

// Codes, enums and ids may be comma-separated; names and labels (which can hold commas) only repeated.
const PARAMS: Record<string, Shape> = {
  speakerCountry: "list",
  speakerCategory: "enums",
  official: "boolean",
  speakerId: "list",
  speakerName: "text",
  organization: "names",
  topic: "names",
  kind: "enums",
  speakerType: "enums",
  source: "names",
  articleId: "list",
  from: "text",
  to: "text",
  search: "text",
};

function rawValue(params: URLSearchParams, name: string, shape: Shape): unknown {
  if (shape === "text") return params.get(name);
  if (shape === "boolean") {
    const v = params.get(name);
    return v === "true" ? true : v === "false" ? false : v;
  }
  const values = params
    .getAll(name)
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
  for (const [name, shape] of Object.entries(PARAMS)) {
    const value = rawValue(params, name, shape);
    if (value !== null) raw[name] = value;
  }
  const type = schema.getType("QuoteFilter") as GraphQLInputObjectType;
  const filter = coerceInputValue(raw, type, (path, _value, error) => {
    throw badInput(`${path.length ? `${path.join(".")}: ` : ""}${error.message}`);
  });
  checkInput(filter, type, "filter");
  return toQuoteFilter(filter as QuoteFilterInput);
}
