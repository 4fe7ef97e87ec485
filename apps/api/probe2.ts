import { createServer } from "node:http";
import { createYoga } from "graphql-yoga";
import { schema } from "./src/schema/index.ts";
process.on("uncaughtException", (e) => { console.log("UNCAUGHT", e.message); });
const mode = process.argv[2];
const yoga = createYoga({ schema, plugins: [{ onRequest({ endResponse, fetchAPI, serverContext }: any) {
  let n = 0;
  const stream = new fetchAPI.ReadableStream({
    async pull(c: any) {
      if (n++ < 2) return c.enqueue(new TextEncoder().encode("line\n"));
      if (mode === "error") return c.error(new Error("boom"));
      if (mode === "destroy") { serverContext.res?.destroy(new Error("boom")); return c.close(); }
      if (mode === "destroy-noarg") { serverContext.res?.destroy(); return; }
    },
  });
  console.log("isnode res", !!serverContext.res, typeof stream);
  endResponse(new fetchAPI.Response(stream, { headers: { "content-type": "text/plain" } }));
} }] });
const server = createServer(yoga);
await new Promise<void>((r) => server.listen(0, r));
const port = (server.address() as any).port;
try { const r = await fetch(`http://127.0.0.1:${port}/x`); console.log(r.status); console.log(JSON.stringify(await r.text())); } catch (e) { console.log("client err", (e as Error).message, (e as any).cause?.message); }
const r2 = await fetch(`http://127.0.0.1:${port}/health/live`).then(r => r.status, e => "down " + e.message); console.log("after", r2);
server.close(); server.closeAllConnections();
