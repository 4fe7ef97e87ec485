/**
 * Turns introspection off (WHOSAID_INTROSPECTION=false): a query that asks for `__schema` or
 * `__type` is refused at validation with code INTROSPECTION_DISABLED. `__typename` stays allowed:
 * clients need it and it tells nothing about the schema.
 */
import { GraphQLError, type ValidationRule } from "graphql";
import type { Plugin } from "graphql-yoga";

const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value !== "__schema" && node.name.value !== "__type") return;
    context.reportError(
      new GraphQLError("Introspection is turned off on this server.", {
        nodes: node,
        extensions: { code: "INTROSPECTION_DISABLED", http: { spec: true, status: 400 } },
      }),
    );
  },
});

/** Refuses introspection queries. */
export function useDisableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noIntrospection);
    },
  };
}
