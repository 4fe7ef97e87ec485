/**
 * Client errors: a GraphQLError with `extensions.code` reaches the client as is; a lost database
 * becomes SERVICE_UNAVAILABLE (retryable); any other error is masked by yoga ("Unexpected
 * error.", INTERNAL_SERVER_ERROR) and logged on the server, bounded (see log.ts).
 */
import { PothosValidationError } from "@pothos/core";
import { isDatabaseUnavailable } from "@whosaid/db";
import { GraphQLError } from "graphql";

/** Every code a client may see, with the HTTP status the export routes answer it with. */
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  /** yoga's own: a request that is not GraphQL over HTTP (body not an object, no query …). */
  BAD_REQUEST: 400,
  /** yoga's own: an operationName that names no operation of the document. */
  OPERATION_RESOLUTION_FAILURE: 400,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  PARSE_TIMEOUT: 422,
  PARSE_FAILED: 422,
  INTROSPECTION_DISABLED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  QUERY_TOO_DEEP: 400,
  QUERY_TOO_COMPLEX: 400,
  QUERY_TOO_LARGE: 400,
  /** The answer's lists hold more items than one request may (see validate/result-size.ts). */
  RESULT_TOO_LARGE: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_DIRECTIVES: 400,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
} as const;

/** Codes a client can act on. */
export type ErrorCode = keyof typeof ERROR_STATUS;

/** An error meant for the client, with a stable code. */
export function clientError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string) => clientError("BAD_USER_INPUT", message);
export const notFound = (what: string) => clientError("NOT_FOUND", `${what} not found`);

/** The database cannot be reached: the client should try again shortly. */
const unavailable = () =>
  clientError(
    "SERVICE_UNAVAILABLE",
    "The database cannot be reached just now; try again shortly.",
    {
      retryable: true,
    },
  );

/**
 * What the client is told of an error: itself when it carries a code, SERVICE_UNAVAILABLE when
 * the database is lost, else null (the caller masks it as INTERNAL_SERVER_ERROR and logs it).
 */
export function clientErrorOf(error: unknown): GraphQLError | null {
  const original = error instanceof GraphQLError ? error.originalError : error;
  // Pothos refuses inputs it decodes itself (a global id that is not one) without a code.
  if (error instanceof GraphQLError && original instanceof PothosValidationError) {
    return new GraphQLError(original.message.slice(0, 300), {
      path: error.path,
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  if (error instanceof GraphQLError && (!original || original instanceof GraphQLError))
    return error.extensions?.code || !(original instanceof GraphQLError) ? error : original;
  if (isDatabaseUnavailable(original)) {
    const lost = unavailable();
    return error instanceof GraphQLError
      ? new GraphQLError(lost.message, { path: error.path, extensions: lost.extensions })
      : lost;
  }
  return null;
}
