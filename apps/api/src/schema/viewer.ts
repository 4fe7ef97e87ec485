/** The caller as the API sees them: whether their token is valid and what it may do. */
import { builder } from "../builder.ts";

const Viewer = builder.objectRef<{
  authenticated: boolean;
  scopes: string[];
  tokenId: string | null;
}>("Viewer");
Viewer.implement({
  fields: (t) => ({
    authenticated: t.exposeBoolean("authenticated", { description: "A valid token was sent." }),
    scopes: t.exposeStringList("scopes", {
      description: "What the token may do: ingest, edit, read.",
    }),
    tokenId: t.exposeString("tokenId", {
      nullable: true,
      description: "The short id corrections record as who made them (`token:<id>`).",
    }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: Viewer,
    resolve: (_root, _args, ctx) => ({
      authenticated: ctx.auth.authenticated,
      scopes: [...ctx.auth.scopes].sort(),
      tokenId: ctx.auth.tokenId,
    }),
  }),
}));
