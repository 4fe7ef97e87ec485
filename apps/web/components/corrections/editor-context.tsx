"use client";
/** The editor's rights, handed from the server layout to the correction tools in the page. */
import { createContext, type ReactNode, useContext } from "react";

export interface EditorState {
  signedIn: boolean;
  canEdit: boolean;
  tokenId: string | null;
}

const EditorContext = createContext<EditorState>({
  signedIn: false,
  canEdit: false,
  tokenId: null,
});

export function EditorProvider({ editor, children }: { editor: EditorState; children: ReactNode }) {
  return <EditorContext.Provider value={editor}>{children}</EditorContext.Provider>;
}

/** The current editor (signed out unless a valid token was given on /sign-in). */
export function useEditor(): EditorState {
  return useContext(EditorContext);
}
