import nouns from "../lexicon/coref-nouns.json" with { type: "json" };
import type { SpeakerSource } from "../quotes/draft.ts";
import { documentHeads, genderOfWord, groupHeads, organizationHeads } from "./entity.ts";
import type { MentionEvents } from "./mention-events.ts";
import { entitySpeaker, type Speaker } from "./speaker.ts";

const ANONYMOUS = new Set(nouns.anonymousHeads);
const PLURAL = /[^s]s$/;

/** The head noun of a description: the word before its first post-modifier ("a spokeswoman for X"). */
function headOf(text: string): string {
  const words = text
    .toLowerCase()
    .split(/\s+(?:for|of|to|at|with|from|in|on|who|whose)\s+|,/)[0]
    .trim()
    .split(/\s+/);
  return words[words.length - 1].replace(/['’]s$/, "");
}

const personNoun = (head: string) =>
  !organizationHeads.has(head) && !groupHeads.has(head) && !documentHeads.has(head);

/**
 * A description the writer names only afterwards: "A spokeswoman for the premier said …" and,
 * in the next paragraph, "“…,” said Jane Roe" (the writer's usual order), or "the league
 * commissioner said …" before "“…,” league commissioner John Doe said". The description takes the
 * next named speaker within a paragraph when that person is new there (not mentioned before the
 * description), agrees in gender, and either holds the head noun in their role or the head is an
 * anonymous one ("spokeswoman", "official"). `ordered` are the sources in text order.
 */
export function nameLaterDescriptions(
  ordered: SpeakerSource[],
  out: Map<SpeakerSource, Speaker>,
  events: MentionEvents,
): void {
  ordered.forEach((src, i) => {
    const s = out.get(src);
    if (!s || s.entity || s.mentionKind !== "nominal" || s.speakerType === "group") return;
    const written = s.speakerMention?.text ?? "";
    const head = headOf(written);
    // Only a person's description: not "Tulsa police", "the department", "the lawsuit".
    if (!head || PLURAL.test(head) || !personNoun(head)) return;
    const gender = genderOfWord(head);
    for (const next of ordered.slice(i + 1)) {
      if (next.paragraph - src.paragraph > 1) return;
      const t = out.get(next);
      const e = t?.entity;
      if (!t || !e || e.type !== "person") continue;
      if (t.mentionKind !== "name") return;
      const first = events.firstMentionOf(e);
      const isNew = first < 0 || first > src.at;
      const agrees = !gender || !e.gender || gender === e.gender;
      const fits = e.roleWords.has(head) || ANONYMOUS.has(head);
      if (isNew && agrees && fits && s.speakerMention)
        out.set(src, entitySpeaker(e, s.speakerMention, "nominal"));
      return;
    }
  });
}
