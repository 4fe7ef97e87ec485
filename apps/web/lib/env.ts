/**
 * Environment of the web app, validated once. `WHOSAID_API_URL` is read on the server (server
 * components, route handlers); `NEXT_PUBLIC_WHOSAID_API_URL` is inlined into the browser bundle.
 */

const DEFAULT_API_URL = "http://localhost:4000/graphql";

function readUrl(name: string, value: string | undefined, fallback: string): string {
  const raw = value?.trim() || fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL, got "${raw}".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`${name} must use http or https, got "${raw}".`);
  }
  return url.toString();
}

/** GraphQL endpoint the server uses. */
export function serverApiUrl(): string {
  return readUrl("WHOSAID_API_URL", process.env.WHOSAID_API_URL, DEFAULT_API_URL);
}

/**
 * GraphQL endpoint the browser uses (default: WHOSAID_API_URL, then localhost:4000), read on the
 * server at request time and handed to the client provider, so that one build serves any deployment. (A literal `process.env.NEXT_PUBLIC_…` would
 * be frozen into the bundle at build time; the indirect read keeps it a runtime setting.)
 */
export function browserApiUrl(): string {
  const name = "NEXT_PUBLIC_WHOSAID_API_URL";
  // On one machine the browser reaches the API where the server does: fall back to that.
  return readUrl(name, process.env[name], process.env.WHOSAID_API_URL?.trim() || DEFAULT_API_URL);
}

/** Whether the editor's session cookie is sent only over HTTPS (`WHOSAID_COOKIE_SECURE=true`). */
export function cookieSecure(): boolean {
  return process.env.WHOSAID_COOKIE_SECURE?.trim() === "true";
}

/** Base URL of the API server (for `/export/...` links), derived from the GraphQL endpoint. */
export function apiOrigin(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, "") || "/";
  url.search = "";
  return url.toString().replace(/\/$/, "");
}
