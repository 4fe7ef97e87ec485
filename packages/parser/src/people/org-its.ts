import { findOrganization } from "../kb/index.ts";
import { bodyOf } from "./category.ts";
import type { Resolved } from "./elsewhere.ts";
import { giveOwnerBody } from "./org-owner.ts";
import type { RoleInfo } from "./role.ts";

// "its president", also at the end of a leading clause ("Harbor Radio said its founder").
const ITS = /(?:^|\s)its\s+(?:\S+\s+){0,5}\S+$/i;
// Capitalised runs, with a body's inner "of"/"for"/"and" ("Bank of Ohio") and web names.
const RUN = /\p{Lu}[\p{L}\d&.'’-]*(?: (?:of |for |and |the )?\p{Lu}[\p{L}\d&.'’-]*){0,5}/gu;
const WEB = /^\p{Lu}[\p{L}\d]*\.[\p{L}\d]{2,}$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]+$/u;
// "a digital firm, Tern Media,": a capitalised name a body noun describes.
const DESCRIBED =
  /\b(?:firm|company|group|agency|startup|network|station|organization|charity|nonprofit),? $/;
const LEADING = /^(?:(?:The|A|An|In|At|On|For|Of|But|And|Its) )+/;
// The sentence before "Its president, X": how far back its body may be named.
const LOOK_BACK = 600;

/** A run that names a body: a known organization, a name ending in a body word, a web name. */
function bodyName(run: string): string | null {
  // The sentence's own full stop goes; a short form's ("Paper Co.") stays.
  const bare = run.replace(LEADING, "").replace(/['’]s$/, "");
  const name = /\b(?:Co|Corp|Inc|Ltd)\.$/.test(bare) ? bare : bare.replace(/\.$/, "");
  if (!name || /^Its?$/.test(name)) return null;
  if (WEB.test(name)) return name;
  const words = name.split(" ");
  const body = bodyOf(words);
  if (body && words.slice(-body.word.split(" ").length).join(" ") === body.word && words.length > 1)
    return name;
  // One word only as an acronym ("NATO"): "Democratic" or "Canadian" is no body of its own.
  if (words.length === 1 && !ACRONYM.test(name)) return null;
  const org = findOrganization(name);
  return org && org.kind !== "platform" && org.kind !== "party" ? name : null;
}

// A dot that ends a short form, not a sentence ("Brightwell Paper Co. said").
const SHORT_FORM = /(?:\b(?:Co|Corp|Inc|Ltd|Bros|Jr|Sr|St|Mr|Mrs|Ms|Dr)|\b\p{Lu}|\.\p{Lu})$/u;

/** Where the sentence that `s` ends in (or the one before, when `s` ends one) begins. */
function sentenceStart(s: string): number {
  for (let k = s.length - 2; k > 0; k--) {
    const c = s[k];
    if (c === "\n") return k + 1;
    if (
      (c === "." || c === "!" || c === "?") &&
      s[k + 1] === " " &&
      !SHORT_FORM.test(s.slice(0, k))
    )
      return k + 1;
  }
  return 0;
}

/** The body "its" stands for: the first named in its own clause or the sentence before. */
function bodyBefore(before: string): string | null {
  const s = before.trimEnd();
  const cut = sentenceStart(s);
  const near = [...s.slice(cut).matchAll(RUN)]
    .map((m) => (DESCRIBED.test(s.slice(0, cut + (m.index ?? 0))) ? m[0] : bodyName(m[0])))
    .find(Boolean);
  return near ?? null;
}

/**
 * "Harbor Radio lost money. Its president and CEO, X, resigned": a role owned by "its" works for
 * the body the sentence before (or the person's own clause) named.
 */
export function itsBody(text: string, r: Resolved["r"], infos: RoleInfo[], at: number): void {
  if (r.organization) return;
  const owned = infos.find((i) => !i.org && ITS.test(i.text));
  if (!owned) return;
  const phrase = text.indexOf(owned.text, Math.max(0, at - 300));
  if (phrase < 0) return;
  const pos = phrase + (ITS.exec(owned.text)?.index ?? 0);
  const body = bodyBefore(text.slice(Math.max(0, pos - LOOK_BACK), pos));
  if (!body) return;
  giveOwnerBody(r, body, owned.text);
}
