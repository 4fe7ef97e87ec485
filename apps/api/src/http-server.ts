/** The API's node HTTP server, with connection timeouts that suit its clients. */
import { createServer, type RequestListener, type Server } from "node:http";

/**
 * How long an idle keep-alive connection stays open, advertised to clients in `Keep-Alive:
 * timeout=65`. Node's default (5 s) raced with clients: the server counts the idle time from when
 * it finished writing an answer, a client from when it finished reading it, and a client that read
 * a large answer (an export) late reused the connection after the server had closed it
 * (ECONNRESET, issue 13). Clients keep a second less than advertised, so the race now needs a
 * client reading over a second late and then idle for over a minute; 65 s outlasts the idle
 * timeouts of the usual proxies and load balancers (60 s) in front of the API too.
 */
export const KEEP_ALIVE_MS = 65_000;

/** An HTTP server for `handler` (the yoga app) with the API's keep-alive timeout. */
export function createApiServer(handler: RequestListener): Server {
  const server = createServer(handler);
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  return server;
}
