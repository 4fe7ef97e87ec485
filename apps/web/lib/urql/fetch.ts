import type { AnyVariables, TypedDocumentNode } from "@urql/core";
import { getClient } from "./server";

/** An API failure a page cannot recover from; rendered by the nearest error.tsx. */
export class ApiError extends Error {}

/**
 * Runs a query from a server component and returns its data, throwing on network and GraphQL
 * errors so that the route's error boundary shows them (rather than rendering half a page).
 */
export async function serverQuery<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await getClient().query(document, variables).toPromise();
  if (result.error) {
    const message = result.error.networkError
      ? `The whosaid API is unreachable (${result.error.networkError.message}).`
      : result.error.graphQLErrors.map((e) => e.message).join("; ");
    throw new ApiError(message);
  }
  if (!result.data) throw new ApiError("The whosaid API returned no data.");
  return result.data;
}
