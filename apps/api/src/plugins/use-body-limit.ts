/** Refuses request bodies over a size limit, declared (Content-Length) or streamed (chunked). */
import type { Plugin } from "graphql-yoga";
import { clientError } from "../errors.ts";

function tooLarge(limit: number) {
  return clientError("PAYLOAD_TOO_LARGE", `The request body is larger than ${limit} bytes.`, {
    http: { status: 413 },
  });
}

async function readLimited(request: Request, limit: number): Promise<string> {
  const reader = request.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The body limit plugin. */
export function useBodyLimit(limit: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const declared = Number(request.headers.get("content-length") ?? "NaN");
      if (declared > limit) {
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [tooLarge(limit).toJSON()] }), {
            status: 413,
            headers: { "content-type": "application/json" },
          }),
        );
      }
    },
    onRequestParse({ request, setRequestParser }) {
      const type = request.headers.get("content-type") ?? "";
      if (
        request.method !== "POST" ||
        request.headers.has("content-length") ||
        !type.includes("json")
      )
        return;
      setRequestParser(async (req) => {
        const text = await readLimited(req, limit);
        try {
          return JSON.parse(text);
        } catch {
          throw clientError("BAD_USER_INPUT", "The request body is not valid JSON.", {
            http: { status: 400 },
          });
        }
      });
    },
  };
}
