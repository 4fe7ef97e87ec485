/** The Pothos schema builder and its plugins; types live in `schema/<type>.ts`. */
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { getNullableType, isListType } from "graphql";
import type { Context } from "./context.ts";
import { clientError } from "./errors.ts";
import { limitMessages } from "./plugins/use-armor.ts";
import { decodeNodeId } from "./validate/ids.ts";

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { ingest: boolean; edit: boolean };
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string | Date };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      ingest: ctx.auth.scopes.has("ingest"),
      edit: ctx.auth.scopes.has("edit"),
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.auth.authenticated
        ? clientError("FORBIDDEN", "This token's scopes do not allow this operation.")
        : clientError(
            "UNAUTHENTICATED",
            ctx.auth.invalidToken
              ? "The bearer token is not valid."
              : "This operation needs an Authorization: Bearer <token> header.",
          ),
  },
  // Cost by page size: a connection costs its `first` times its selection, so nested connections
  // (one SQL query per parent) multiply, while DataLoader-backed fields stay cheap.
  complexity: {
    fieldComplexity: (args, _ctx, field) => {
      if (field.name === "edges") return { field: 0, multiplier: 1 }; // counted by the connection
      if (field.args.some((a) => a.name === "first")) {
        return { field: 5, multiplier: Math.max(1, Number(args.first ?? args.last ?? 20)) };
      }
      return isListType(getNullableType(field.type)) ? { field: 1, multiplier: 10 } : 1;
    },
    limit: { complexity: 30_000, depth: 14, breadth: 400 },
    complexityError: (kind, result) =>
      kind === "Depth"
        ? clientError("QUERY_TOO_DEEP", limitMessages.depth(result.depth, result.maxDepth ?? 0))
        : kind === "Breadth"
          ? clientError(
              "QUERY_TOO_COMPLEX",
              `The query selects ${result.breadth} fields; the limit is ${result.maxBreadth}: split it into several queries.`,
            )
          : clientError(
              "QUERY_TOO_COMPLEX",
              limitMessages.complexity(result.complexity, result.maxComplexity ?? 0),
            ),
  },
  relay: {
    decodeGlobalID: decodeNodeId,
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
});

builder.queryType({});
builder.mutationType({});
