/** The Pothos schema builder and its plugins; types live in `schema/<type>.ts`. */
import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type { Context } from "./context.ts";
import { clientError } from "./errors.ts";

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
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin],
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
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
});

builder.queryType({});
builder.mutationType({});
