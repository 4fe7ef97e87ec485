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
import { exportRoutes } from "./export.ts";
import { graphiqlOptionsFor } from "./graphiql.ts";
import { renderGraphiqlPage } from "./graphiql-page.ts";
import { healthRoute } from "./health/route.ts";
import { boundedLogger } from "./log.ts";
import { armor } from "./plugins/armor.ts";
import { bodyLimit } from "./plugins/body-limit.ts";
import { errorCodes } from "./plugins/error-codes.ts";
import { introspectionOff } from "./plugins/introspection.ts";
import { mutationRateLimit } from "./plugins/rate-limit.ts";
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
      return createContext(
        db,
        parser,
        fetchArticle,
        tokens,
        request,
        forwarded || (req?.socket?.remoteAddress ?? null),
      );
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
      bodyLimit(env.maxBodyBytes),
      exportRoutes(db),
      healthRoute(db, parser),
      armor(env.introspection),
      ...(env.introspection ? [] : [introspectionOff()]),
      errorCodes(),
      mutationRateLimit(db, env.mutationsPerMinute),
    ],
  });
}

export type Api = ReturnType<typeof createApi>;
