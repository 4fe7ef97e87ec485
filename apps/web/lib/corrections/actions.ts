"use server";
/**
 * Server actions behind the correction tools. They run on the server, read the editor's token from
 * its httpOnly cookie and call the API with it; the browser never sees the token.
 */
import { cookies } from "next/headers";
import { cookieSecure } from "../env";
import type { Kind, PersonCategory } from "../vocabulary";
import * as doc from "./documents";
import { asEditor, editorToken, TOKEN_COOKIE } from "./session";

/** What an action tells the form: done, or why not. */
export type ActionResult = { ok: true; message?: string } | { ok: false; message: string };

async function run(work: () => Promise<unknown>): Promise<ActionResult> {
  if (!(await editorToken())) return { ok: false, message: "Sign in with a token first." };
  try {
    await work();
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Checks a token with the API and keeps it in the session cookie when it may edit. */
export async function signIn(token: string): Promise<ActionResult> {
  const trimmed = token.trim();
  if (!trimmed) return { ok: false, message: "Enter a token." };
  try {
    const { viewer } = await asEditor(doc.ViewerQuery, {}, trimmed);
    if (!viewer.authenticated) return { ok: false, message: "The API does not know this token." };
    (await cookies()).set(TOKEN_COOKIE, trimmed, {
      httpOnly: true,
      sameSite: "strict",
      secure: cookieSecure(),
      path: "/",
      maxAge: 60 * 60 * 12,
    });
    const scopes = viewer.scopes.join(", ") || "none";
    return { ok: true, message: `Signed in as token:${viewer.tokenId} (${scopes}).` };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export async function signOut(): Promise<ActionResult> {
  (await cookies()).delete(TOKEN_COOKIE);
  return { ok: true };
}

export async function articlePeople(articleId: string) {
  const data = await asEditor(doc.ArticlePeopleQuery, { id: articleId });
  return data.article?.people ?? [];
}

export async function searchPeople(search: string) {
  if (search.trim().length < 2) return [];
  const data = await asEditor(doc.SearchPeopleQuery, { search: search.trim() });
  return data.people.edges.map((e) => e.node);
}

export async function reassignSpeaker(quoteId: string, speakerId: string) {
  return run(() => asEditor(doc.ReassignSpeaker, { quoteId, speakerId }));
}

export async function markNotStatement(quoteId: string) {
  return run(() => asEditor(doc.MarkNotStatement, { quoteId }));
}

export async function setKind(quoteId: string, kind: Kind) {
  return run(() => asEditor(doc.SetKind, { quoteId, kind }));
}

export async function editPerson(
  personId: string,
  facts: {
    role?: string | null;
    country?: string | null;
    category?: PersonCategory | null;
    isOfficial?: boolean | null;
  },
) {
  return run(() => asEditor(doc.EditPerson, { personId, facts }));
}

export async function mergeInto(targetId: string, sourceId: string) {
  return run(() => asEditor(doc.MergePeople, { targetId, sourceIds: [sourceId] }));
}

export async function splitPerson(personId: string, articleIds: string[], name: string | null) {
  return run(() => asEditor(doc.SplitPerson, { personId, articleIds, name }));
}

export async function undoCorrection(id: string) {
  return run(() => asEditor(doc.UndoCorrection, { id }));
}
