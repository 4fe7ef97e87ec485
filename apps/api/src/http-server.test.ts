/**
 * An export read late does not cost the client its connection (issue 13: ECONNRESET on unfiltered
 * exports). Node counts a connection's idle time from when it finished writing an answer, a client
 * from when it finished reading it; a client busy elsewhere reads a large export seconds late.
 */
import type { Server } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { type Database, openDatabase } from "@whosaid/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest, seedText, testApi } from "../test/testing.ts";
import { createApiServer } from "./http-server.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads from `socket` until `complete(text)` holds; rejects when the server closes it first. */
function readUntil(socket: Socket, complete: (text: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const onData = (chunk: Buffer) => {
      text += chunk.toString("latin1");
      if (complete(text)) finish(() => resolve(text));
    };
    const onClose = () => finish(() => reject(new Error(`closed by the server after: ${text}`)));
    const finish = (then: () => void) => {
      socket.off("data", onData).off("close", onClose).off("error", onClose);
      socket.pause();
      then();
    };
    socket.on("data", onData).on("close", onClose).on("error", onClose);
    socket.resume();
  });
}

describe("the API's HTTP server", () => {
  let db: Database;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    db = await openDatabase({ memory: true });
    const api = testApi(db);
    await ingest(api, { text: seedText() });
    server = createApiServer(api);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    server?.close();
    await db?.close();
  });

  it("keeps the connection of a client that read its export late, for as long as it advertised", async () => {
    const socket = connect(port, "127.0.0.1");
    socket.pause();
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write("GET /export/quotes.csv HTTP/1.1\r\nHost: whosaid.test\r\n\r\n");
    // The client is busy for two seconds: the answer waits, written, in the socket's buffers.
    await sleep(2_000);
    const first = await readUntil(socket, (t) => t.endsWith("\r\n0\r\n\r\n"));
    expect(first).toMatch(/^HTTP\/1\.1 200/);
    expect(first).toContain("quote,kind,speaker");
    const advertised = Number(/keep-alive: timeout=(\d+)/i.exec(first)?.[1]);
    expect(advertised).toBeGreaterThanOrEqual(60);
    // What undici (node's fetch) does with Node's default hint of 5 s: reuse the connection up to
    // a second before the advertised timeout, counted from when it read the answer.
    await sleep(4_000);
    socket.write("GET /health/live HTTP/1.1\r\nHost: whosaid.test\r\n\r\n");
    const second = await readUntil(socket, (t) => /\r\n\r\n[\s\S]*\S/.test(t));
    expect(second).toMatch(/^HTTP\/1\.1 200/);
    socket.destroy();
  }, 60_000);
});
