import { parseArticle } from "../index.ts";

/** Quotes of a test article, each with `who`: the person's name, else the speaker label. */
export function quotesOf(body: string) {
  const parsed = parseArticle(`A headline for the test\n\n${body}`);
  const names = new Map(parsed.people.map((p) => [p.id, p.name]));
  return parsed.quotes.map((q) => ({
    ...q,
    who: (q.speakerId && names.get(q.speakerId)) || q.speakerLabel,
  }));
}
