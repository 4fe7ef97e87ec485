/**
 * Client errors: a GraphQLError with `extensions.code` reaches the client as is; any other error
 * is masked by yoga ("Unexpected error.") and logged on the server.
 */
import { GraphQLError } from "graphql";

/** Codes a client can act on. */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  | "PARSE_TIMEOUT"
  | "PARSE_FAILED"
  | "GRAPHQL_VALIDATION_FAILED"
  | "GRAPHQL_PARSE_FAILED";

/** An error meant for the client, with a stable code. */
export function clientError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string) => clientError("BAD_USER_INPUT", message);
export const notFound = (what: string) => clientError("NOT_FOUND", `${what} not found`);
