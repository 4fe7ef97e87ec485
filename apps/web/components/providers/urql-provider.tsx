"use client";

import { createClient, fetchExchange, ssrExchange, UrqlProvider } from "@urql/next";
import { type ReactNode, useMemo } from "react";
import { browserCacheExchange } from "@/lib/urql/cache";

/** urql for client components (filters, "load more", the ingest form), with graphcache. */
export function WhosaidUrqlProvider({ url, children }: { url: string; children: ReactNode }) {
  const [client, ssr] = useMemo(() => {
    const ssr = ssrExchange({ isClient: typeof window !== "undefined" });
    const client = createClient({
      url,
      exchanges: [browserCacheExchange(), ssr, fetchExchange],
      suspense: true,
    });
    return [client, ssr] as const;
  }, [url]);
  return (
    <UrqlProvider client={client} ssr={ssr}>
      {children}
    </UrqlProvider>
  );
}
