/** Who is editing in this request: read from the session cookie, checked with the API. */
import "server-only";
import { ViewerQuery } from "./documents";
import { asEditor, type Editor, editorToken, SIGNED_OUT } from "./session";

/** The signed-in editor's rights, or {@link SIGNED_OUT} (also when the token stopped working). */
export async function currentEditor(): Promise<Editor> {
  const token = await editorToken();
  if (!token) return SIGNED_OUT;
  try {
    const { viewer } = await asEditor(ViewerQuery, {}, token);
    if (!viewer.authenticated) return SIGNED_OUT;
    return {
      signedIn: true,
      canEdit: viewer.scopes.includes("edit"),
      canIngest: viewer.scopes.includes("ingest"),
      tokenId: viewer.tokenId ?? null,
    };
  } catch {
    return SIGNED_OUT;
  }
}
