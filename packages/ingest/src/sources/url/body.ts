/** Reading a fetched page's body: size cap, charset, and the parts that are never article text. */
import type { IncomingMessage } from "node:http";
import { PageFetchError } from "./error.ts";

/** Reads the response, stopping as soon as it passes `maxBytes`. */
export async function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers["content-length"] ?? 0);
  const tooLarge = () =>
    new PageFetchError("TOO_LARGE", `The page is larger than ${Math.round(maxBytes / 1024)} KiB.`);
  if (declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.destroy();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Decodes the body in the charset its content type names (UTF-8 when none or unknown). */
export function decode(bytes: Buffer, contentType: string): string {
  const charset = /charset="?([\w-]+)/i.exec(contentType)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/**
 * Drops scripts (except JSON-LD, which holds the article's metadata), styles and comments: they
 * are never article text, and on script-heavy sites they are most of the page's bytes.
 */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, "")
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "");
}
