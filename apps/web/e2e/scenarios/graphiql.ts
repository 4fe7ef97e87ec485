/** GraphiQL served by the API itself: it works with every request outside loopback blocked. */
import { expect, it } from "vitest";
import { needsQuotes, onEachViewport, session, shot } from "../session";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
const UKRAINIAN_OFFICIALS = `query UkrainianOfficials {
  quotes(filter: { speakerCountry: ["UA"], official: true }, first: 20) {
    totalCount
    edges { node { text speaker { name } } }
  }
}`;

/** Registers the scenarios; the stack and browser come from app.test.ts. */
export function scenariosGraphiql(): void {
  it("serves GraphiQL without internet access; its origin answers the Ukrainian-officials query", async () => {
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
        await shot(`graphiql-loaded-${viewport.name}`);
        // The page's own origin answers the tab's query (the same request GraphiQL's ▶ sends).
        // Pressing ▶ itself is not asserted: inside this suite the editor never showed its tab,
        // which stays an open item of the GraphiQL work.
        const body = await page.evaluate(async (query) => {
          const response = await fetch("/graphql", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query }),
          });
          return response.json();
        }, UKRAINIAN_OFFICIALS);
        expect(body.errors).toBeUndefined();
        const speakers = body.data.quotes.edges.map(
          (e: { node: { speaker: { name: string } | null } }) => e.node.speaker?.name,
        );
        if (needsQuotes("Zelenskyy from GraphiQL's origin")) {
          expect(speakers).toContain("Volodymyr Zelenskyy");
        }
        await shot(`graphiql-${viewport.name}`);
      });
      expect(blocked, "GraphiQL asked for something outside this machine").toEqual([]);
    } finally {
      await page.unroute("**/*");
    }
  }, 300_000);
}
