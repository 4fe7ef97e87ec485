/**
 * Judges one response of the campaign: a finding is an answer a client could not act on (an
 * uncoded or INTERNAL_SERVER_ERROR error, a 5xx, a body that is not what the route promises).
 */
import { ERROR_STATUS, type ErrorCode } from "../errors.ts";
import type { FuzzRequest } from "./requests.ts";

/** Codes a client may meet in the campaign: all but INTERNAL_SERVER_ERROR and SERVICE_UNAVAILABLE. */
const EXPECTED_CODES = new Set<string>(
  (Object.keys(ERROR_STATUS) as ErrorCode[]).filter(
    (c) => c !== "INTERNAL_SERVER_ERROR" && c !== "SERVICE_UNAVAILABLE",
  ),
);

/** The outcome of one case: the error codes seen, or the problem found. */
export interface Verdict {
  codes: string[];
  problem: string | null;
}

function errorsOf(body: unknown): { codes: string[]; problem: string | null } {
  const errors = (body as { errors?: { extensions?: { code?: unknown } }[] } | null)?.errors;
  if (!errors) return { codes: [], problem: null };
  const codes = errors.map((e) => String(e.extensions?.code ?? "none"));
  const bad = codes.find((c) => !EXPECTED_CODES.has(c));
  return { codes, problem: bad ? `error code ${bad}` : null };
}

/** Judges a response; `read()` gives its whole body (it may throw when the stream breaks). */
export async function judge(
  request: FuzzRequest,
  status: number,
  contentType: string,
  read: () => Promise<string>,
): Promise<Verdict> {
  let text: string;
  try {
    text = await read();
  } catch (error) {
    return { codes: [], problem: `body broke off (${String(error).slice(0, 80)})` };
  }
  if (status >= 500) return { codes: [], problem: `HTTP ${status}: ${text.slice(0, 200)}` };
  const exportOk = request.kind === "export" && status === 200;
  if (exportOk) return { codes: [], problem: null };
  if (request.kind === "export" && status === 404) return { codes: ["NOT_FOUND"], problem: null };
  // Protocol refusals (415 for a text/plain body, 405 for a verb) are yoga's, with no body.
  if (request.kind === "http" && status >= 400 && !contentType.includes("json")) {
    return { codes: [`HTTP_${status}`], problem: null };
  }
  if (!contentType.includes("json")) {
    return { codes: [], problem: `HTTP ${status} ${contentType}: ${text.slice(0, 120)}` };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { codes: [], problem: `HTTP ${status}, not JSON: ${text.slice(0, 120)}` };
  }
  const { codes, problem } = errorsOf(body);
  if (problem) return { codes, problem: `${problem}: ${text.slice(0, 300)}` };
  if (!codes.length && (body as { data?: unknown }).data == null) {
    return { codes, problem: `no data and no error: ${text.slice(0, 120)}` };
  }
  return { codes, problem: null };
}
