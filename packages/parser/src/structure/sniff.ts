import type { InputFormat } from "../types.ts";

const HTML_TAG = /<(?:!doctype\s+html|html|head|body|article|main|div|p|meta|title|section)[\s>/]/i;

/** Guesses the format: HTML when the text opens with markup that looks like a page. */
export function sniffFormat(text: string): InputFormat {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  if (text[i] !== "<") return "text";
  return HTML_TAG.test(text.slice(i, i + 4096)) ? "html" : "text";
}
