/**
 * The editor's sign-in: the API token lives in an httpOnly cookie, so no script in the page can
 * read it (an injected script could steal a token kept in sessionStorage). Only server actions
 * read it, to send it to the API as a bearer token. SameSite=Strict keeps other sites' forms from
 * riding on it, and Next.js checks the origin of every server action.
 */
import "server-only";
import type { TadaDocumentNode } from "gql.tada";
import { print } from "graphql";
import { cookies } from "next/headers";
import { serverApiUrl } from "@/lib/env";

export const TOKEN_COOKIE = "whosaid_token";

/** What the signed-in token may do (from the API's `viewer`). */
export interface Editor {
  signedIn: boolean;
  canEdit: boolean;
  canIngest: boolean;
  tokenId: string | null;
}

export const SIGNED_OUT: Editor = {
  signedIn: false,
  canEdit: false,
  canIngest: false,
  tokenId: null,
};

/** The token of this request's editor, or null. */
export async function editorToken(): Promise<string | null> {
  return (await cookies()).get(TOKEN_COOKIE)?.value ?? null;
}

/** Sends a query or mutation with the editor's token (or the one given); throws on errors. */
export async function asEditor<Data, Variables>(
  document: TadaDocumentNode<Data, Variables>,
  variables: Variables,
  token?: string | null,
): Promise<Data> {
  const bearer = token ?? (await editorToken());
  const response = await fetch(serverApiUrl(), {
    method: "POST",
    cache: "no-store",
    headers: {
      "content-type": "application/json",
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  if (!body.data) throw new Error(`The API answered ${response.status} without data.`);
  return body.data;
}
