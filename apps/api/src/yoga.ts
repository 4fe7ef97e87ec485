/**
 * Builds the yoga server: schema, per-request context, masked errors with codes, abuse limits
 * (graphql-armor depth/cost/aliases/tokens, body size, mutation rate), CORS, GraphiQL and the
 * quote export routes. Stateless: any number of processes can serve one PostgreSQL database.
 */
import type { Database } from "@whosaid/db";
import { articleFromUrl, createParserPool, type ParserPool } from "@whosaid/ingest";
import { GraphQLError } from "graphql";
import { createYoga } from "graphql-yoga";
import { TokenStore } from "./auth.ts";
import { type Context, createContext } from "./context.ts";
import type { Env } from "./env.ts";
import { clientErrorOf } from "./errors.ts";
import { graphiqlOptionsFor } from "./graphiql.ts";
import { renderGraphiqlPage } from "./graphiql-page.ts";
import { boundedLogger } from "./log.ts";
import { useArmor } from "./plugins/use-armor.ts";
import { useBodyLimit } from "./plugins/use-body-limit.ts";
import { useDisableIntrospection } from "./plugins/use-disable-introspection.ts";
import { useErrorCodes } from "./plugins/use-error-codes.ts";
import { useExportRoutes } from "./plugins/use-export-routes.ts";
import { useHealth } from "./plugins/use-health.ts";
import { useMutationRateLimit } from "./plugins/use-mutation-rate-limit.ts";
import { schema } from "./schema/index.ts";

type ServerContext = { req?: { socket?: { remoteAddress?: string } } };

/**
 * Creates the API for a database and validated settings, on `parser` (default: a pool of its own
 * as the settings say).
 */
export function createApi(
  db: Database,
  env: Env,
  parser: ParserPool = createParserPool({
    threads: env.parseWorkers,
    timeLimit: env.parseTimeLimit,
  }),
) {
  const tokens = new TokenStore(env.tokens);
  const fetchArticle = (url: string) =>
    articleFromUrl(url, { allowPrivate: env.allowPrivateUrls, maxBytes: env.maxBodyBytes });
  const shared = { db, parser, fetchArticle, tokens, allowPrivateUrls: env.allowPrivateUrls };
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    logging: boundedLogger,
    // yoga's own empty liveness answer moves aside for ours (database and memory) at /health.
    healthCheckEndpoint: "/health/live",
    graphiql: env.graphiql ? graphiqlOptionsFor : false,
    // GraphiQL's scripts and styles come from the package, never from a CDN.
    renderGraphiQL: renderGraphiqlPage,
    context: ({ request, req }) => {
      const forwarded = env.trustProxy
        ? request.headers.get("x-forwarded-for")?.split(",")[0]?.trim()
        : null;
      return createContext(shared, request, forwarded || (req?.socket?.remoteAddress ?? null));
    },
    // Credentials (cookies, HTTP auth) only ever go with named origins, never with "*".
    cors: {
      origin: env.webOrigins,
      credentials: env.webOrigins !== "*",
      methods: ["GET", "POST", "OPTIONS"],
      allowedHeaders: ["content-type", "authorization"],
    },
    maskedErrors: {
      // yoga logs the original of every error this replaces, through the bounded logger.
      maskError(error, message) {
        const client = clientErrorOf(error);
        if (client) return client;
        return new GraphQLError(message, {
          path: error instanceof GraphQLError ? error.path : undefined,
          extensions: { code: "INTERNAL_SERVER_ERROR" },
        });
      },
    },
    plugins: [
      useBodyLimit(env.maxBodyBytes),
      useExportRoutes(db),
      useHealth(db, parser),
      useArmor(env.introspection),
      ...(env.introspection ? [] : [useDisableIntrospection()]),
      useErrorCodes(),
      useMutationRateLimit(db, env.mutationsPerMinute),
    ],
  });
}

export type Api = ReturnType<typeof createApi>;
