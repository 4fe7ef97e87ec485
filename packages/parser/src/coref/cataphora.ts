import nouns from "../lexicon/coref-nouns.json" with { type: "json" };
import type { SpeakerSource } from "../quotes/draft.ts";
import {
  documentHeads,
  type Entity,
  genderOfWord,
  groupHeads,
  organizationHeads,
} from "./entity.ts";
import type { MentionEvents } from "./mention-events.ts";
import { entitySpeaker, type Speaker } from "./speaker.ts";

const ANONYMOUS = new Set(nouns.anonymousHeads);
const PLURAL = /[^s]s$/;

const POST = /^(?:for|of|to|at|with|from|in|on|who|whose)$/;

/**
 * The head noun of a description: the word before its first post-modifier ("a spokeswoman for
 * X", "the Minister of Health"); a preposition inside a name before the head ("A Court of Appeal
 * judge") modifies nothing.
 */
function headOf(text: string): string {
  const words = text.split(",")[0].trim().split(/\s+/);
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  // "the Minister of Health" ends in a name; "A Court of Appeal judge" ends in its head.
  const nameInside = !capital(words[words.length - 1]);
  let end = words.length;
  for (let k = 1; k < words.length; k++) {
    if (
      POST.test(words[k]) &&
      !(nameInside && capital(words[k - 1]) && capital(words[k + 1] ?? ""))
    ) {
      end = k;
      break;
    }
  }
  return words[end - 1].toLowerCase().replace(/['’]s$/, "");
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
    const agrees = (e: Entity) => !gender || !e.gender || gender === e.gender;
    for (const next of ordered.slice(i + 1)) {
      if (next.paragraph - src.paragraph > 1) break;
      const t = out.get(next);
      const e = t?.entity;
      if (!t || !e || e.type !== "person") continue;
      if (t.mentionKind !== "name") break;
      const first = events.firstMentionOf(e);
      const isNew = first < 0 || first > src.at;
      const fits = holdsRole(e, head) || ANONYMOUS.has(head);
      if (isNew && agrees(e) && fits && s.speakerMention)
        out.set(src, entitySpeaker(e, s.speakerMention, "nominal"));
      return;
    }
    // "A Superior Court judge chastised … ⏎ Justice Jane Roe directed …": the person the next
    // paragraph introduces as a subject, with the description's role, even before speaking.
    const named = introducedAfter(events, src, (e) => holdsRole(e, head) && agrees(e));
    if (named && s.speakerMention) out.set(src, entitySpeaker(named, s.speakerMention, "nominal"));
  });
}

const ROLE_TITLES: Record<string, string[]> = nouns.roleTitles;

/** The person's role or title holds the head noun ("judge" for "Justice Jane Roe"). */
function holdsRole(e: Entity, head: string): boolean {
  return (
    e.roleWords.has(head) ||
    (Object.hasOwn(ROLE_TITLES, head) ? ROLE_TITLES[head] : []).some((w) => e.roleWords.has(w))
  );
}

/** A person first named as a subject after `src`, in its paragraph or the next, that `fits`. */
function introducedAfter(
  events: MentionEvents,
  src: SpeakerSource,
  fits: (e: Entity) => boolean,
): Entity | null {
  let found: Entity | null = null;
  for (const ev of events.before(src.at + 2000)) {
    if (ev.at <= src.at) break;
    const e = ev.entity;
    if (e.type !== "person" || !ev.subject || ev.paragraph > src.paragraph + 1) continue;
    if (events.firstMentionOf(e) === ev.at && fits(e)) found = e;
  }
  return found;
}
