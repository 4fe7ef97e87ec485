import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

/** Typed GraphQL documents against the API's committed schema. */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { ID: string; Date: string; DateTime: string };
}>();

export type { FragmentOf, ResultOf } from "gql.tada";
export { readFragment } from "gql.tada";
