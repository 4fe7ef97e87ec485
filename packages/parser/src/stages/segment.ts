import type { Doc } from "../doc.ts";
import { readBody } from "../structure/body.ts";
import { addCredit, creditsNearTop } from "../structure/dateline.ts";
import { readHeader } from "../structure/header.ts";
import { hasInnerBlank, scanLines } from "../structure/lines.ts";

/**
 * Splits the text into header (title, date, byline, read time), body paragraphs, captions,
 * footer and related stories. Offsets of paragraphs and captions point into `doc.text`.
 */
export function segment(doc: Doc): Doc {
  const lines = scanLines(doc.text);
  // A page names its title in its metadata; in a fragment without one, the first block is text.
  const header = readHeader(lines, doc.format === "text");
  // Bylines and dates a page prints below a standfirst are credits too, not body.
  const nearTop = creditsNearTop(lines, header.bodyFrom);
  addCredit(header, nearTop.credit);
  const known = doc.article.captions;
  const body = readBody(doc.text, lines, header.bodyFrom, {
    blankMode: hasInnerBlank(lines, header.bodyFrom),
    captions: known,
    skip: (line) =>
      nearTop.lines.has(line.start) || known.some((c) => c.start < line.end && line.start < c.end),
  });
  return {
    ...doc,
    article: {
      ...doc.article,
      title: header.title,
      publishedAt: header.publishedAt ?? nearTop.credit.publishedAt,
      authors: header.authors,
      agencies: header.agencies,
      readTimeMinutes: header.readTimeMinutes,
      source: body.source,
      paragraphs: body.paragraphs,
      captions: body.captions,
      relatedStories: body.relatedStories,
      footer: [...header.notices, ...body.footer],
    },
  };
}
