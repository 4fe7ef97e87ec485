/**
 * Builds the yoga server: schema, per-request context, masked errors with codes, abuse limits
 * (graphql-armor depth/cost/aliases/tokens, body size, mutation rate), CORS, GraphiQL and the
 * quote export routes. Stateless: any number of processes can serve one PostgreSQL database.
 */
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import type { Database } from "@whosaid/db";
import { createParserPool } from "@whosaid/ingest";
import { GraphQLError, type ValidationContext } from "graphql";
import { createYoga } from "graphql-yoga";
import { TokenStore } from "./auth.ts";
import { type Context, createContext } from "./context.ts";
import type { Env } from "./env.ts";
import { exportRoutes } from "./export.ts";
import { fetchPage as fetchArticlePage } from "./fetch/page.ts";
import { defaultQuery } from "./graphiql.ts";
import { healthRoute } from "./health/route.ts";
import { bodyLimit } from "./plugins/body-limit.ts";
import { errorCodes } from "./plugins/error-codes.ts";
import { mutationRateLimit } from "./plugins/rate-limit.ts";
import { schema } from "./schema/index.ts";

/** Limits on query shape; generous for real use, far below what abuse needs. */
export const queryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 20_000,
  maxTokens: 3_000,
  maxDirectives: 30,
};

// Report armor's refusals as validation errors (HTTP 400, with a code) rather than throwing them.
const report = {
  propagateOnRejection: false,
  onReject: [(ctx: unknown, error: GraphQLError) => (ctx as ValidationContext).reportError(error)],
};

type ServerContext = { req?: { socket?: { remoteAddress?: string } } };

/** Creates the API for a database and validated settings. */
export function createApi(db: Database, env: Env) {
  const tokens = new TokenStore(env.tokens);
  const parser = createParserPool({ threads: env.parseWorkers, timeLimit: env.parseTimeLimit });
  const fetchPage = (url: string) =>
    fetchArticlePage(url, { allowPrivate: env.allowPrivateUrls, maxBytes: env.maxBodyBytes });
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    // yoga's own empty liveness answer moves aside for ours (database and memory) at /health.
    healthCheckEndpoint: "/health/live",
    graphiql: { defaultQuery, title: "whosaid GraphQL" },
    context: ({ request, req }) => {
      const forwarded = env.trustProxy
        ? request.headers.get("x-forwarded-for")?.split(",")[0]?.trim()
        : null;
      return createContext(
        db,
        parser,
        fetchPage,
        tokens,
        request,
        forwarded || (req?.socket?.remoteAddress ?? null),
      );
    },
    cors: {
      origin: env.webOrigins,
      credentials: true,
      methods: ["GET", "POST", "OPTIONS"],
      allowedHeaders: ["content-type", "authorization"],
    },
    maskedErrors: {
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (error instanceof GraphQLError && (!original || original instanceof GraphQLError))
          return error;
        console.error("[whosaid/api] unexpected error:", original);
        return new GraphQLError(message, {
          path: error instanceof GraphQLError ? error.path : undefined,
          extensions: { code: "INTERNAL_SERVER_ERROR" },
        });
      },
    },
    plugins: [
      bodyLimit(env.maxBodyBytes),
      exportRoutes(db),
      healthRoute(db, parser),
      EnvelopArmorPlugin({
        maxDepth: { n: queryLimits.maxDepth, ...report },
        maxAliases: { n: queryLimits.maxAliases, ...report },
        costLimit: { maxCost: queryLimits.maxCost, ...report },
        maxTokens: { n: queryLimits.maxTokens },
        maxDirectives: { n: queryLimits.maxDirectives, ...report },
        blockFieldSuggestion: { enabled: true },
      }),
      errorCodes(),
      mutationRateLimit(db, env.mutationsPerMinute),
    ],
  });
}

export type Api = ReturnType<typeof createApi>;
