import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

/** Typed GraphQL documents against the API's committed schema. */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { ID: string; Date: string; DateTime: string };
}>();

/**
 * A named input, enum or scalar type of the API's schema as TypeScript, e.g.
 * `SchemaType<"QuoteFilter">`: the web app's types come from the API's, never written again.
 */
export type SchemaType<Name extends string> = NonNullable<ReturnType<typeof graphql.scalar<Name>>>;

export type { FragmentOf, ResultOf } from "gql.tada";
export { readFragment } from "gql.tada";
