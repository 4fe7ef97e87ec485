import type { Span } from "../types.ts";
import type { CorefContext } from "./context.ts";
import type { Entity } from "./entity.ts";

// Documents that carry one author's words; a lawsuit, a report or a poll has no single voice.
const AUTHORED = new Set([
  "statement",
  "post",
  "letter",
  "email",
  "e-mail",
  "tweet",
  "release",
  "memo",
]);
const CHANNEL = new Set(["in", "on", "via", "through"]);
const BY_NAME = /^[^.;:“”"]{0,60}?\bby\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)/u;

/**
 * The author a document speaker stands for: "A statement e-mailed to us by Jane Roe said …" (the
 * name after "by" in the same sentence), or "the post read …" after "Jane Roe wrote in a blog
 * post that …" (the speaker of the latest sentence within two paragraphs that gives the same
 * kind of document as the channel of its words). `findName` turns a written name into its entity. Null when neither is found.
 */
export function authorOfDocument(
  c: CorefContext,
  head: string,
  mention: Span,
  paragraph: number,
  findName: (name: Span) => Entity | null,
): Entity | null {
  if (!AUTHORED.has(head)) return null;
  const by = BY_NAME.exec(c.span(mention.end, mention.end + 120).text);
  if (by) {
    const start = mention.end + by.index + by[0].length - by[1].length;
    const named = findName(c.span(start, start + by[1].length));
    if (named) return named;
  }
  const positions = c.table.positions;
  for (const e of c.table.events.before(mention.start)) {
    if (paragraph - e.paragraph > 2) break;
    if (!e.speaker || e.entity.type === "group") continue;
    const toks = positions.sentenceAt(e.sentence)?.toks ?? [];
    // The document as the channel of that speaker's words: "wrote in a blog post", "said in
    // a statement" (a statement merely issued may be a body's whose members "they" later are).
    const channel = toks.findIndex(
      (t, k) =>
        t.normal === head &&
        t.start !== mention.start &&
        toks.slice(Math.max(0, k - 5), k).some((x) => CHANNEL.has(x.normal)),
    );
    if (channel >= 0) return e.entity;
  }
  return null;
}

/** Words that end the source's name: what follows it is what the document said. */
const SOURCE_ENDS = "(?:saying|that|which|who|says|said|shows?|showed|found|finds)\\b";
const BY_SOURCE = new RegExp(
  `\\b(\\p{L}+?)s?\\s+(?:by|from)\\s+((?:the\\s+)?[\\p{L}.’'&-]+(?:\\s+(?!${SOURCE_ENDS})[\\p{L}.’'&-]+){0,7})(?=\\s+${SOURCE_ENDS}|\\s*[,.;:()])`,
  "gu",
);

/**
 * Who a document without a single voice stands for, when the text said so shortly before:
 * "reports by media outlets including the Financial Times and CNBC … The reports said",
 * "a study by the Fraser Institute … the study found". `head` is the document noun ("report");
 * the source as written is the last "<head> by/from <source>" within `from`…`at`. Null when none.
 */
export function sourceOfDocument(
  text: string,
  from: number,
  at: number,
  head: string,
): string | null {
  let found: string | null = null;
  for (const m of text.slice(from, at).matchAll(BY_SOURCE)) {
    if (m[1].toLowerCase() === head) found = m[2];
  }
  return found;
}
