import { PLURAL_TITLES } from "./lexicon.ts";
import { isRoleWord, type RoleInfo } from "./role.ts";
import type { Word } from "./words.ts";

// Heads of a candidacy: the office named before them is sought, not held.
const SEEKING = new Set(["candidate", "hopeful", "nominee"]);

/** True for a role's head word that seeks an office ("candidate", "hopefuls", "nominee"). */
export const seeksOffice = (lower: string) => SEEKING.has(PLURAL_TITLES.get(lower) ?? lower);

/**
 * "a 2016 Senate candidate", "House nominee", "a mayoral hopeful": a role whose head seeks an
 * office. The office's words, and a body that names it ("Senate"), are part of the role, and that
 * body is not the person's organization: a candidate for the Senate holds no seat in it. The
 * body's country still places the candidacy. A party ("Green Party nominee") stays the person's
 * organization. Returns where the role starts in `words`, or null when the role seeks no office.
 * Changes `info` (drops the sought body, keeps its country as a place).
 */
export function officeSought(words: Word[], info: RoleInfo): { from: number } | null {
  const head = words.findLastIndex((w) => isRoleWord(w.lower));
  if (head < 0 || !seeksOffice(words[head].lower) || head + 1 < words.length) return null;
  const body = info.org && info.org.kind !== "party" ? (info.orgText ?? "").split(/\s+/) : [];
  let from = head;
  while (
    from > 0 &&
    (isRoleWord(words[from - 1].lower) || body.includes(words[from - 1].text)) &&
    !/^(a|an|the)$/.test(words[from - 1].lower)
  )
    from--;
  const office = words.slice(from, head).map((w) => w.text);
  if (body.length && body.every((w) => office.includes(w))) {
    if (info.org?.country && !info.place)
      info.place = { code: info.org.country, text: info.orgText ?? info.org.name };
    info.org = null;
    info.orgText = null;
  }
  return { from };
}
