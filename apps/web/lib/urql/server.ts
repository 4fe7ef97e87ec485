import "server-only";
import { cacheExchange, createClient, fetchExchange } from "@urql/core";
import { registerUrql } from "@urql/next/rsc";
import { serverApiUrl } from "../env";

function makeClient() {
  return createClient({
    url: serverApiUrl(),
    exchanges: [cacheExchange, fetchExchange],
    // Every page shows live data: never let Next.js cache API responses between requests.
    fetchOptions: { cache: "no-store" },
    preferGetMethod: false,
  });
}

/** The per-request urql client of server components. */
export const { getClient } = registerUrql(makeClient);
