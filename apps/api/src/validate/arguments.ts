/**
 * Applies the input rules of `limits.ts` to every argument of every field, in one place: the
 * schema's resolvers are wrapped so that a value breaking a rule is refused with BAD_USER_INPUT
 * before any resolver (or the database) sees it.
 */
import {
  defaultFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
} from "graphql";
import { ARTICLE_BODY_FIELDS, MAX_ID, MAX_LIST, MAX_TEXT, TEXT_LIMITS } from "./limits.ts";
import { checkListLength, checkText } from "./text.ts";

/**
 * Checks one coerced input value against the rules: strings (at any depth of lists and input
 * objects) hold no NUL and stay within the limit for their name, lists within {@link MAX_LIST}.
 * `path` names the value in messages ("filter.search"). Throws BAD_USER_INPUT.
 */
export function checkInput(
  value: unknown,
  type: GraphQLInputType,
  path: string,
  name = path,
  field?: string,
): void {
  if (value == null) return;
  const t = getNullableType(type);
  if (isListType(t)) {
    const list = value as unknown[];
    checkListLength(list.length, path, MAX_LIST);
    for (const item of list) checkInput(item, t.ofType, path, name, field);
  } else if (isInputObjectType(t)) {
    const object = value as Record<string, unknown>;
    for (const f of Object.values(t.getFields())) {
      checkInput(object[f.name], f.type, `${path}.${f.name}`, f.name, `${t.name}.${f.name}`);
    }
  } else if (typeof value === "string" && !(field && ARTICLE_BODY_FIELDS.has(field))) {
    checkText(value, path, t.name === "ID" ? MAX_ID : (TEXT_LIMITS[name] ?? MAX_TEXT));
  }
}

/** Wraps the resolver of every field that takes arguments with {@link checkInput}; returns the schema. */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const args = field.args;
      field.resolve = (source, values, context, info) => {
        for (const arg of args) checkInput(values[arg.name], arg.type, arg.name);
        return resolve(source, values, context, info);
      };
    }
  }
  return schema;
}
