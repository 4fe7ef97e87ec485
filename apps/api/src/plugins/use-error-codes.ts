/**
 * Gives parse, validation and variable errors a code, so that every error a client sees carries
 * `extensions.code`; the token limit (enforced by the parser) gets its own, QUERY_TOO_LARGE.
 */
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { limitError, limitMessages, queryLimits } from "./use-armor.ts";

function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions?.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    // `spec` lets yoga answer 400 to graphql-response+json clients and 200 to plain JSON ones,
    // as GraphQL over HTTP says; yoga leaves `http` out of the body.
    extensions: { ...error.extensions, code, http: { spec: true, status: 400 } },
  });
}

export function useErrorCodes(): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (!(result instanceof GraphQLError)) return;
        replaceParseResult(
          /Token limit of \d+ exceeded/.test(result.message)
            ? limitError("QUERY_TOO_LARGE", limitMessages.tokens(queryLimits.maxTokens), result)
            : withCode(result, "GRAPHQL_PARSE_FAILED"),
        );
      };
    },
    // Variable values that do not fit their types are refused by graphql-js before execution,
    // without a code: they are the client's input, so BAD_USER_INPUT.
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors?.length) return;
          if (result.errors.every((e) => e.extensions?.code)) return;
          setResult({
            ...result,
            errors: result.errors.map((e) => (e.path ? e : withCode(e, "BAD_USER_INPUT"))),
          });
        },
      };
    },
    // A subscription (the schema has none) goes to subscribe, not execute: its refusal
    // ("Schema is not configured to execute subscription operation.") had no code.
    onSubscribe() {
      return {
        onSubscribeResult({ result, setResult }) {
          if (!("errors" in result) || !result.errors?.length) return;
          if (result.errors.every((e) => e.extensions?.code)) return;
          setResult({
            ...result,
            errors: result.errors.map((e) =>
              e.path ? e : withCode(e, "GRAPHQL_VALIDATION_FAILED"),
            ),
          });
        },
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length) setResult(result.map((e) => withCode(e, "GRAPHQL_VALIDATION_FAILED")));
      };
    },
  };
}
