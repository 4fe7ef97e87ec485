/**
 * Test helper: walking the schema to build queries that reach any object type from the root, so
 * tests cover every field and argument the schema offers, including ones added later.
 */
import {
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { schema } from "../src/schema/index.ts";

/** A field of any object type. */
export type AnyField = GraphQLField<unknown, unknown>;

/** Whether the field has an argument that must be given. */
export const hasRequiredArgs = (f: AnyField) =>
  f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** Whether the field is a Relay connection (it pages both ways). */
export const isConnection = (f: AnyField) =>
  f.args.some((a) => a.name === "last") && getNamedType(f.type).name.endsWith("Connection");

/** A look-up (one object picked by its arguments, or null): it answers null when given none. */
const isLookup = (f: AnyField) =>
  f.args.length > 0 && !isNonNullType(f.type) && !isListType(f.type);

/** The schema's own object types, introspection types left out. */
export const objectTypes = (): GraphQLObjectType[] =>
  Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((t) => !t.name.startsWith("__"));

/**
 * Selections that reach one object of `type` from the root, with `inner` selected on it, going
 * through at most `depth` fields (none of them with required arguments, none a look-up).
 */
function* reaches(type: GraphQLObjectType, inner: string, depth = 3): Generator<string> {
  if (type === schema.getQueryType()) {
    yield inner;
    return;
  }
  if (depth === 0) return;
  for (const parent of objectTypes()) {
    if (parent.name.endsWith("Edge") || parent === schema.getMutationType()) continue;
    for (const f of Object.values(parent.getFields())) {
      if (hasRequiredArgs(f) || isLookup(f)) continue;
      const named = getNamedType(f.type);
      let selection: string | null = null;
      const one = f.args.some((a) => a.name === "first") ? "(first: 1)" : "";
      if (named === type && !isConnection(f)) selection = `${f.name}${one} { ${inner} }`;
      if (named.name === `${type.name}Connection`)
        selection = `${f.name}(first: 1) { edges { node { ${inner} } } }`;
      if (selection) yield* reaches(parent, selection, depth - 1);
    }
  }
}

/**
 * Up to `count` ways to `type`, shortest first (so that page sizes along the path stay within
 * the cost limit); the first is the shortest.
 */
export function shortestReaches(type: GraphQLObjectType, inner: string, count = 1): string[] {
  const found: string[] = [];
  for (const depth of [0, 1, 2, 3]) {
    for (const path of reaches(type, inner, depth)) {
      if (found.length === count) return found;
      if (!found.includes(path)) found.push(path);
    }
  }
  return found;
}

/** The shortest way to `type`; null when there is none. */
export function shortestReach(type: GraphQLObjectType, inner: string): string | null {
  return shortestReaches(type, inner)[0] ?? null;
}
