import lexicon from "../lexicon/structure-boilerplate.json";

/** Longer lines are prose that happens to mention the same words. */
const MAX_NOTICE_LENGTH = 250;

/**
 * True for a wiki or site notice that is not part of the story: review banners ("This article
 * requires pre-publication review …"), edit stamps ("-Article last amended: … (history)"), test
 * page notices and share or comment prompts ("Have an opinion on this story?").
 */
export function isBoilerplate(line: string): boolean {
  if (line.length > MAX_NOTICE_LENGTH) return false;
  // Notices come with stray leading marks ("-Article last amended"), never a letter first.
  const lower = line
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/\s+/g, " ");
  return (
    lexicon.prefixes.some((p) => lower.startsWith(p)) ||
    lexicon.phrases.some((p) => lower.includes(p))
  );
}
