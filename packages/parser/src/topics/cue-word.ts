import type { Token } from "../doc.ts";

/** The tokens cues are made of: words, numbers, hyphens and ampersands, without "'s". */
export function isCueWord(t: Pick<Token, "type" | "text" | "normal">): boolean {
  if (t.type === "punctuation") return t.text === "-" || t.text === "&";
  return t.normal !== "'s" && t.normal !== "’s";
}
