/**
 * A per-request budget of list items. Static cost (armor, the complexity plugin) cannot know how
 * long an unpaginated list is: `article { quotes }` holds a few quotes or thousands, and lists
 * nested through cycles (`quotes → article → quotes → …`) multiply those lengths. A query that
 * passed every static limit once held the API's heap past 4 GB and ended the process. Every list
 * a resolver returns is counted against its request; past the budget, list fields refuse with
 * RESULT_TOO_LARGE before resolving, so the work stops instead of growing.
 */
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getNullableType,
  isListType,
  isObjectType,
} from "graphql";
import { clientError } from "../errors.ts";

/**
 * List items one request may resolve, over all its lists: a page of 100 quotes with their people
 * and topics is a few thousand. The work before a refusal grows with the budget: at 50,000 the
 * nested query below still held the API's thread ~9 s at load 5 (the fuzz campaign's slowest).
 */
const MAX_LIST_ITEMS = 10_000;

const wrapped = new WeakSet<GraphQLSchema>();

/** Counts the list items resolved per request (keyed by its context) in `schema`, in place. */
export function guardResultSize(schema: GraphQLSchema, maxItems = MAX_LIST_ITEMS): GraphQLSchema {
  if (wrapped.has(schema)) return schema;
  wrapped.add(schema);
  const used = new WeakMap<object, number>();
  const tooLarge = () =>
    clientError(
      "RESULT_TOO_LARGE",
      `The answer would hold more than ${maxItems.toLocaleString("en")} list items: ask for fewer items with \`first\`, or fewer nested lists, or split the query.`,
    );
  const count = (context: object, value: unknown) => {
    if (!Array.isArray(value)) return value;
    const total = (used.get(context) ?? 0) + value.length;
    used.set(context, total);
    if (total > maxItems) throw tooLarge();
    return value;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const resolve: GraphQLFieldResolver<unknown, object> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        if ((used.get(context) ?? 0) > maxItems) throw tooLarge();
        const value = resolve(source, args, context, info);
        return value instanceof Promise
          ? value.then((v) => count(context, v))
          : count(context, value);
      };
    }
  }
  return schema;
}
