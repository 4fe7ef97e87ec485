import type { Mention } from "../types.ts";
import { memo } from "./memo.ts";
import { headOf, isRoleWord, titleCase } from "./role.ts";

// "the resignation of Labour MP X", "the killing of the general X": the office is over.
const ENDS =
  "resignation|departure|death|killing|assassination|murder|funeral|ouster|retirement|firing|dismissal|removal|sacking";
const ENDING = new RegExp(String.raw`\b(?:${ENDS})\s+of\s+((?:[\p{L}.'’-]+\s+){0,4})$`, "iu");
// "the departure of X as commissioner": the office that ended, after the name.
const AS_ROLE = /^\s+as\s+((?:[a-z-]+\s+){0,3}[a-z-]+)/;

// "X died", "he was later pronounced dead", "X, who was killed in …": a death told after the
// person's name or pronoun.
const DIED_AFTER =
  /^,?\s+(?:who\s+)?(?:died\b|(?:was|had been|has been)\s+(?:\w+\s+)?(?:pronounced dead|declared dead|found dead|shot dead|killed)\b)/i;
// "X was flown to hospital, but she was later pronounced dead": the same sentence's pronoun,
// with no other name between.
const PRONOUN_DIED =
  /^[^.!?]{0,160}?\b(?:he|she)\s+(?:was|had been)\s+(?:\w+\s+)?(?:pronounced|declared|found)\s+dead\b/;
// "the late X": a person who has died.
const LATE = /\bthe\s+late\s+$/i;

// Most articles name no ended office: one scan of the text spares a look at every mention.
const ANY_ENDING = new RegExp(
  String.raw`\b(?:${ENDS})\s+of\b|\b(?:died|dead|killed)\b|\bthe\s+late\s`,
  "i",
);
const mayEnd = memo((text: string) => ANY_ENDING.test(text), 1);

/** The words between "of" and the name are a title (or nothing), not a clause. */
const titleOnly = (between: string) =>
  between
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .every(
      (w) => /^\p{Lu}/u.test(w) || /^(the|then|former)$/i.test(w) || isRoleWord(w.toLowerCase()),
    );

/**
 * Evidence that the person's office ended (or that the person died) by the article's time, with the office named after
 * "as" when the text gives it there: null when the text says nothing of the kind.
 */
export function endedOffice(
  text: string,
  mentions: Mention[],
): { evidence: string; role: string | null; category: string | null; died: boolean } | null {
  if (!mayEnd(text)) return null;
  for (const m of mentions) {
    const after = text.slice(m.end, m.end + 200);
    const pronoun = PRONOUN_DIED.exec(after);
    const died =
      DIED_AFTER.exec(after) ??
      (pronoun && !/\s\p{Lu}/u.test(pronoun[0]) && m.kind !== "pronoun" ? pronoun : null);
    const late =
      m.kind === "pronoun" ? null : LATE.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (died || late) {
      const evidence = died ? `${m.text}${died[0]}` : `${late?.[0]}${m.text}`;
      return { evidence, role: null, category: null, died: true };
    }
    if (m.kind === "pronoun") continue;
    const before = text.slice(Math.max(0, m.start - 80), m.start).match(ENDING);
    if (!before || !titleOnly(before[1])) continue;
    const as = text.slice(m.end, m.end + 50).match(AS_ROLE);
    // "as fire chief", "as chief of police was announced": the words up to the last role word.
    const words = as ? as[1].split(" ") : [];
    while (words.length && (!isRoleWord(words[words.length - 1]) || !headOf(words))) words.pop();
    const head = words.length ? headOf(words) : null;
    return {
      evidence: `${before[0]}${m.text}${as && head ? ` as ${words.join(" ")}` : ""}`,
      role: head ? titleCase(words) : null,
      category: head?.category ?? null,
      // A general who was killed was a general, not a former one: the role stays as it was.
      died: /^(death|killing|assassination|murder|funeral)/i.test(
        before[0].trim().replace(/^\W+/, ""),
      ),
    };
  }
  return null;
}
