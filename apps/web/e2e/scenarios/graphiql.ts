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
        await page.goto(session.stack.apiUrl);
        await page.locator(".graphiql-container").first().waitFor({ timeout: 60_000 });
        await expect(page.title()).resolves.toBe("whosaid GraphQL");
        await page.getByText("query UkrainianOfficials").first().waitFor();
        await page.locator(".graphiql-execute-button").click();
        const result = page.locator(".result-window, .graphiql-response").first();
        await result.getByText("totalCount").waitFor({ timeout: 30_000 });
        if (needsQuotes("Zelenskyy in GraphiQL's answer"))
          await result.getByText("Volodymyr Zelenskyy").first().waitFor();
        await shot(`graphiql-${viewport.name}`);
      });
      expect(blocked, "GraphiQL asked for something outside this machine").toEqual([]);
    } finally {
      await page.unroute("**/*");
    }
  });
}
