import type { Sentence } from "../doc.ts";
import type { Mention } from "../types.ts";
import { fullNameKey, nameWords, phoneticKey } from "./keys.ts";
import { nameStart } from "./title-words.ts";
import { capitalRuns, toWords } from "./words.ts";

/** What mention matching needs to know of a person. */
export interface MentionTarget {
  name: string;
  /** Full-name key of the name and of every full-name variant seen. */
  keys: Set<string>;
  /** Surname words' key ("von der Leyen" → key of "vonderleyen" is not used; last word's key is). */
  surnameKey: string;
  /** Surnames as written in the canonical name, to tell a surname from a variant spelling. */
  surname: string;
  /** Given-name-first order is reversed for Chinese, Korean and Vietnamese names. */
  familyFirst: boolean;
  /** Named only as someone's relative ("his wife Lena Vance"): the surname alone is not theirs. */
  kin?: boolean;
  mentions: Mention[];
}

function pick(all: MentionTarget[], at: number, names: NameMentions): MentionTarget {
  // "Vance said", with Ed Vance and his wife Lena Vance named: the family's public figure.
  const targets = all.length > 1 && all.some((t) => !t.kin) ? all.filter((t) => !t.kin) : all;
  let best = targets[0];
  let bestAt = -1;
  for (const t of targets) {
    const last = lastNameBefore(names(t), at);
    if (last && last.start > bestAt) {
      best = t;
      bestAt = last.start;
    }
  }
  return best;
}

// Scans from the end instead of filtering the whole list: pick runs once per mention found. It
// scans a target's full-name mentions only: past its surname mentions, a person called by surname
// a thousand times made the scan quadratic.
function lastNameBefore(names: Mention[], at: number): Mention | undefined {
  for (let i = names.length - 1; i >= 0; i--) if (names[i].start < at) return names[i];
  return undefined;
}

/** Each target's mentions of kind "name", in the order of its mention list. */
type NameMentions = (t: MentionTarget) => Mention[];

function nameMentions(): { of: NameMentions; add(t: MentionTarget, m: Mention): void } {
  const lists = new Map<MentionTarget, Mention[]>();
  const of = (t: MentionTarget) => {
    let list = lists.get(t);
    if (!list) {
      list = t.mentions.filter((m) => m.kind === "name");
      lists.set(t, list);
    }
    return list;
  };
  return {
    of,
    add(t, m) {
      const list = of(t);
      t.mentions.push(m);
      if (m.kind === "name") list.push(m);
    },
  };
}

/**
 * Finds every name, surname and variant mention of the people in the sentences (body and captions),
 * adding them to the targets' mention lists in text order.
 */
export function collectMentions(sentences: Sentence[], targets: MentionTarget[]): void {
  const byFull = new Map<string, MentionTarget[]>();
  const bySurname = new Map<string, MentionTarget[]>();
  const add = <K>(map: Map<K, MentionTarget[]>, k: K, t: MentionTarget) =>
    map.set(k, [...(map.get(k) ?? []), t]);
  for (const t of targets) {
    for (const k of t.keys) add(byFull, k, t);
    add(bySurname, t.surnameKey, t);
    if (t.familyFirst) add(bySurname, phoneticKey(nameWords(t.name)[0] ?? ""), t);
  }
  const names = nameMentions();
  for (const s of sentences) {
    const words = toWords(s.tokens);
    for (const [from, to] of capitalRuns(words)) {
      const coreFrom = nameStart(words, from, to);
      const core = words.slice(coreFrom, to);
      if (core.length === 0) continue;
      const text = s.text.slice(core[0].start - s.start, core[core.length - 1].end - s.start);
      const span = { text, start: core[0].start, end: core[core.length - 1].end };
      const full = core.length > 1 ? byFull.get(fullNameKey(text)) : undefined;
      if (full) {
        const t = pick(full, span.start, names.of);
        names.add(t, { ...span, kind: text === t.name ? "name" : "alias" });
        continue;
      }
      // A surname alone, or the surname ending a longer run ("López Obrador").
      const last = core[core.length - 1];
      const same = bySurname.get(phoneticKey(last.text));
      if (
        !same ||
        (core.length > 1 && !same.some((t) => t.surname.split(" ").length >= core.length))
      )
        continue;
      const t = pick(same, span.start, names.of);
      names.add(t, {
        ...span,
        kind:
          text === t.surname || (t.familyFirst && text === nameWords(t.name)[0])
            ? "surname"
            : "alias",
      });
    }
  }
}
