/**
 * graphql-armor's limits on query shape, each refusal with its own code and a message that says
 * what to do, instead of armor's "Syntax Error: …" (they are not syntax errors).
 */
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationContext } from "graphql";
import type { ErrorCode } from "../errors.ts";

/** Limits on query shape; generous for real use, far below what abuse needs. */
export const queryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 20_000,
  maxTokens: 3_000,
  maxDirectives: 30,
};

const n = (value: number) => Math.round(value).toLocaleString("en");

/** The number armor found ("… exceeded, found 24."), or null. */
function found(error: GraphQLError): number | null {
  const match = /found (\d+(?:\.\d+)?)/.exec(error.message);
  return match ? Number(match[1]) : null;
}

/** A refusal as the client sees it: its code, its message, HTTP 400 for GraphQL-over-HTTP clients. */
export function limitError(code: ErrorCode, message: string, from?: GraphQLError): GraphQLError {
  return new GraphQLError(message, {
    nodes: from?.nodes,
    source: from?.source,
    positions: from?.positions,
    extensions: { code, http: { spec: true, status: 400 } },
  });
}

/** The messages of the complexity limits, shared with the Pothos complexity plugin. */
export const limitMessages = {
  depth: (depth: number | null, max: number) =>
    `The query nests fields ${depth === null ? "too" : n(depth)} levels deep; the limit is ${max}. Ask for nested objects in a separate query.`,
  complexity: (cost: number | null, max: number) =>
    `The query would cost ${cost === null ? "too much" : n(cost)}; the limit is ${n(max)}: ask for fewer items with \`first\` (lists nested in lists multiply), or split the query.`,
  tokens: (max: number) =>
    `The query has more than ${n(max)} tokens: send a shorter query (fewer fields, aliases or arguments).`,
};

function reject(code: ErrorCode, message: (error: GraphQLError) => string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (ctx: unknown, error: GraphQLError) =>
        (ctx as ValidationContext).reportError(limitError(code, message(error), error)),
    ],
  };
}

/** The armor plugin with whosaid's limits and codes (field suggestions only with introspection on). */
export function useArmor(fieldSuggestions = false) {
  const { maxDepth, maxAliases, maxCost, maxTokens, maxDirectives } = queryLimits;
  return EnvelopArmorPlugin({
    maxDepth: {
      n: maxDepth,
      ...reject("QUERY_TOO_DEEP", (e) => limitMessages.depth(found(e), maxDepth)),
    },
    maxAliases: {
      n: maxAliases,
      ...reject(
        "TOO_MANY_ALIASES",
        (e) =>
          `The query has ${n(found(e) ?? maxAliases + 1)} aliases; the limit is ${maxAliases}. Split it into several queries.`,
      ),
    },
    costLimit: {
      maxCost,
      ...reject("QUERY_TOO_COMPLEX", (e) => limitMessages.complexity(found(e), maxCost)),
    },
    maxTokens: { n: maxTokens },
    maxDirectives: {
      n: maxDirectives,
      ...reject(
        "TOO_MANY_DIRECTIVES",
        (e) =>
          `The query has ${n(found(e) ?? maxDirectives + 1)} directives; the limit is ${maxDirectives}.`,
      ),
    },
    // "Did you mean …?" tells what introspection would: only when introspection is on.
    blockFieldSuggestion: { enabled: !fieldSuggestions },
  });
}
