import type { Doc } from "../doc.ts";

/** Splits the text into paragraphs by blank lines. (Foundation issue fills in the formats.) */
export function segment(doc: Doc): Doc {
  const paragraphs = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const text = m[0].trim();
    if (!text) continue;
    const start = m.index + m[0].indexOf(text);
    paragraphs.push({ text, start, end: start + text.length });
  }
  return { ...doc, article: { ...doc.article, paragraphs, language: "en" } };
}
