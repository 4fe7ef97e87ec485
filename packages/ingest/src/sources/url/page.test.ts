/**
 * The fetcher's limits against real (local) servers: one deadline for the whole fetch however the
 * server spreads its bytes, across redirects, and the size cap.
 */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage } from "./page.ts";

const DRIP_MS = 100;
const DRIP_BYTES = 60; // a drip ends by itself after 6 s, even if nobody stops it

/** Sends a page one byte every DRIP_MS, each gap far below any idle timeout. */
function drip(res: ServerResponse): void {
  res.writeHead(200, { "content-type": "text/html" });
  let sent = 0;
  const timer = setInterval(() => {
    if (res.destroyed || sent++ >= DRIP_BYTES) {
      clearInterval(timer);
      res.end();
      return;
    }
    res.write("a");
  }, DRIP_MS);
  res.on("close", () => clearInterval(timer));
}

const server = createServer((req, res) => {
  if (req.url === "/drip") return drip(res);
  if (req.url?.startsWith("/hop/")) {
    // Each redirect takes its time: no single hop is slow, the chain is.
    const n = Number(req.url.slice(5));
    setTimeout(() => {
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : "/drip" });
      res.end();
    }, 300);
    return;
  }
  if (req.url === "/big") {
    res.writeHead(200, { "content-type": "text/html" });
    return res.end(`<p>${"b".repeat(50_000)}</p>`);
  }
  res.writeHead(200, { "content-type": "text/html" });
  res.end("<p>ok</p>");
});
let base: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const options = { allowPrivate: true, timeoutMs: 1_000 };

describe("fetchPage limits", () => {
  it("stops a server that drips its body slower than the deadline, at the deadline", async () => {
    const started = performance.now();
    await expect(fetchPage(`${base}/drip`, options)).rejects.toMatchObject({
      code: "URL_TIMEOUT",
      message: expect.stringContaining("1 s"),
    });
    // The drip would take 6 s; the fetch ends near its 1 s deadline.
    expect(performance.now() - started).toBeLessThan(4_000);
  }, 15_000);

  it("counts redirects against the same deadline", async () => {
    await expect(fetchPage(`${base}/hop/4`, options)).rejects.toMatchObject({
      code: "URL_TIMEOUT",
    });
  }, 15_000);

  it("refuses a body over the size cap, and fetches a page within both limits", async () => {
    await expect(fetchPage(`${base}/big`, { ...options, maxBytes: 10_000 })).rejects.toMatchObject({
      code: "TOO_LARGE",
    });
    await expect(fetchPage(`${base}/fine`, options)).resolves.toMatchObject({ body: "<p>ok</p>" });
  });
});
