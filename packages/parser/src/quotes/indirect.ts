import type { Doc } from "../doc.ts";
import type { Draft } from "./draft.ts";
import type { SpeakerResolver } from "./resolve.ts";
import type { ParagraphView } from "./view.ts";

/** Reported speech without quotation marks ("X said (that) …", "according to X, …"). */
export function reportedSpeech(
  _doc: Doc,
  _views: ParagraphView[],
  _resolver: SpeakerResolver,
  _marked: Draft[],
): Draft[] {
  return [];
}
