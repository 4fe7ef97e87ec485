/**
 * Related stories worth showing: a headline, not a link list's entry ("World", "Share on X", a bare
 * address). Pages often end in navigation lists that an extractor can take for related stories.
 */
export function isStoryHeadline(title: string): boolean {
  const text = title.trim();
  if (/^(https?:|www\.)/i.test(text)) return false;
  if (/^(share|follow|subscribe|sign up|read more|more from|see all|back to)\b/i.test(text))
    return false;
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 4;
}
