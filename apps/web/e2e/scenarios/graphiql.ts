/** GraphiQL served by the API itself: it works with every request outside loopback blocked. */
import { expect, it } from "vitest";
import { needsQuotes, onEachViewport, session, shot } from "../session";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Registers the scenarios; the stack and browser come from app.test.ts. */
export function scenariosGraphiql(): void {
  it("runs the Ukrainian-officials tab in GraphiQL without internet access", async () => {
    const page = session.page;
    const blocked: string[] = [];
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (LOOPBACK.has(url.hostname)) return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    try {
      await onEachViewport(async (viewport) => {
        // GraphiQL runs a query only once it has the schema: wait for its introspection.
        const schemaLoaded = page.waitForResponse(
          (r) => r.request().method() === "POST" && !!r.request().postData()?.includes("__schema"),
          { timeout: 60_000 },
        );
        await page.goto(session.stack.apiUrl);
        await schemaLoaded;
        await page.locator(".graphiql-container").first().waitFor({ timeout: 60_000 });
        await expect(page.title()).resolves.toBe("whosaid GraphQL");
        // The editor may still be filling in its tab when the schema arrives: press ▶ until the
        // query goes out (a few tries at most).
        let request: Awaited<ReturnType<typeof page.waitForRequest>> | null = null;
        for (let attempt = 0; attempt < 6 && !request; attempt++) {
          const sent = page
            .waitForRequest(
              (r) => r.method() === "POST" && !!r.postData()?.includes("UkrainianOfficials"),
              { timeout: 5_000 },
            )
            .catch(() => null);
          await page.locator(".graphiql-execute-button").first().click();
          request = await sent;
        }
        expect(request, "GraphiQL never sent the query").not.toBeNull();
        // A loaded machine may take a while to answer; the test's own timeout bounds it.
        const answer = request!.response().then((r) => r!);
        const body = await (await answer).json();
        expect(body.errors).toBeUndefined();
        const speakers = body.data.quotes.edges.map(
          (e: { node: { speaker: { name: string } | null } }) => e.node.speaker?.name,
        );
        const result = page.locator(".graphiql-response").first();
        await result.getByText("totalCount").first().waitFor({ timeout: 30_000 });
        if (needsQuotes("Zelenskyy in GraphiQL's answer")) {
          expect(speakers).toContain("Volodymyr Zelenskyy");
          await result.getByText("Zelenskyy").first().waitFor();
        }
        await shot(`graphiql-${viewport.name}`);
      });
      expect(blocked, "GraphiQL asked for something outside this machine").toEqual([]);
    } finally {
      await page.unroute("**/*");
    }
  }, 300_000);
}
