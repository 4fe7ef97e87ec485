import type { AnyVariables, TypedDocumentNode } from "@urql/core";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getClient } from "./server";

/** An API failure a page cannot recover from; rendered by the nearest error.tsx. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

/**
 * Runs a query from a server component and returns its data, throwing on network and GraphQL
 * errors so that the route's error boundary shows them (rather than rendering half a page).
 */
export async function serverQuery<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  // Pages show live data: render at request time, never at build time (the API may be down then).
  await connection();
  const result = await getClient().query(document, variables).toPromise();
  if (result.error) {
    if (result.error.networkError) {
      throw new ApiError(
        `The whosaid API is unreachable (${result.error.networkError.message}).`,
        null,
      );
    }
    const first = result.error.graphQLErrors[0];
    const code = typeof first?.extensions?.code === "string" ? first.extensions.code : null;
    throw new ApiError(result.error.graphQLErrors.map((e) => e.message).join("; "), code);
  }
  if (!result.data) throw new ApiError("The whosaid API returned no data.", null);
  return result.data;
}

/** Like serverQuery for one record by id: a malformed id is a 404, not a crash. */
export async function serverLookup<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  try {
    return await serverQuery(document, variables);
  } catch (error) {
    if (error instanceof ApiError && error.code === "BAD_USER_INPUT") notFound();
    throw error;
  }
}

/**
 * Starts a query now for a section that awaits it later, under `<Streamed>`. Its failure surfaces
 * where the section awaits it; if the page ends before that (a 404), it is no unhandled rejection.
 */
export function serverQueryEarly<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const pending = serverQuery(document, variables);
  pending.catch(() => {});
  return pending;
}
