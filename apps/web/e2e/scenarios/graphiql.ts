/**
 * GraphiQL served by the API itself: with every request outside loopback blocked, pressing ▶ runs
 * the Ukrainian-officials tab and the result pane shows Zelenskyy, on a desktop and on a phone.
 */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { gql } from "../seed";
import { needsQuotes, onEachViewport, session, shot } from "../session";

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are inspected freely
type Json = any;

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Whether a request is GraphiQL sending the Ukrainian-officials tab. */
const isTabQuery = (r: { method(): string; postData(): string | null }) =>
  r.method() === "POST" && !!r.postData()?.includes("UkrainianOfficials");

/**
 * GraphiQL is ready to run once its editor shows the tab's text (monaco has its model) and the
 * schema has arrived; ▶ pressed before that sends nothing. `query` opens a shared link instead.
 */
async function openGraphiql(page: Page, query?: string): Promise<void> {
  const schemaLoaded = page.waitForResponse(
    (r) => r.request().method() === "POST" && !!r.request().postData()?.includes("__schema"),
    { timeout: 90_000 },
  );
  const link = query ? `?query=${encodeURIComponent(query)}` : "";
  await page.goto(`${session.stack.apiUrl}${link}`);
  await schemaLoaded;
  const operation = query ? (/query (\w+)/.exec(query)?.[1] ?? "") : "UkrainianOfficials";
  await page
    .locator(".graphiql-query-editor")
    .getByText(`query ${operation}`)
    .first()
    .waitFor({ timeout: 90_000 });
}

/** Presses ▶ and returns the answer GraphiQL got for the operation called `operation`. */
async function run(page: Page, operation: string): Promise<Json> {
  const sent = page.waitForRequest(
    (r) => r.method() === "POST" && !!r.postData()?.includes(operation),
    { timeout: 10_000 },
  );
  await page.locator(".graphiql-execute-button").first().click();
  const body = await (await (await sent).response())?.json();
  await page.locator(".graphiql-response").first().getByText('"data"').first().waitFor();
  return body;
}

/** A shared link's query: the last `size` statements, before `cursor` when given. */
const lastPage = (size: number, cursor?: string) => `query LastPage {
  quotes(last: ${size}${cursor ? `, before: "${cursor}"` : ""}) {
    pageInfo { hasPreviousPage hasNextPage startCursor }
    edges { cursor node { text } }
  }
}`;

/**
 * The result pane is an editor that draws only the lines in view: scroll it (as a reader would)
 * until `text` shows, a bounded number of times.
 */
async function scrollResultTo(page: Page, text: string): Promise<boolean> {
  const pane = page.locator(".graphiql-response").first();
  const box = await pane.boundingBox();
  if (!box) return false;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let step = 0; step < 60; step++) {
    if ((await pane.getByText(text).count()) > 0) return true;
    await page.mouse.wheel(0, box.height / 2);
    await page.waitForTimeout(50); // lets the editor draw the lines scrolled into view
  }
  return (await pane.getByText(text).count()) > 0;
}

/** Registers the scenarios; the stack and browser come from app.test.ts. */
export function scenariosGraphiql(): void {
  it("runs the Ukrainian-officials tab in GraphiQL without internet access (▶ pressed)", async () => {
    const page = session.page;
    const blocked: string[] = [];
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (LOOPBACK.has(url.hostname)) return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    try {
      // The phone visit is also a return visit: GraphiQL must open on the tab again.
      await onEachViewport(async (viewport) => {
        await openGraphiql(page);
        await expect(page.title()).resolves.toBe("whosaid GraphQL");
        await shot(`graphiql-loaded-${viewport.name}`);
        const sent = page.waitForRequest(isTabQuery, { timeout: 10_000 });
        await page.locator(".graphiql-execute-button").first().click();
        const request = await sent;
        const body = await (await request.response())?.json();
        expect(body.errors).toBeUndefined();
        const pane = page.locator(".graphiql-response").first();
        await pane.getByText("totalCount").first().waitFor({ timeout: 60_000 });
        if (needsQuotes("Zelenskyy in GraphiQL's result pane")) {
          const names = body.data.quotes.edges.map(
            (e: { node: { speaker: { name: string } | null } }) => e.node.speaker?.name,
          );
          expect(names).toContain("Volodymyr Zelenskyy");
          expect(await scrollResultTo(page, "Zelenskyy"), "Zelenskyy in the result pane").toBe(
            true,
          );
        }
        await shot(`graphiql-${viewport.name}`);
      });
      expect(blocked, "GraphiQL asked for something outside this machine").toEqual([]);
    } finally {
      await page.unroute("**/*");
    }
  }, 300_000);

  it("pages backward in GraphiQL (last/before) from a shared link, as forward paging lists them", async () => {
    const page = session.page;
    // Every quote in forward order, page by page (earlier scenarios may have stored more than 100).
    type Listing = {
      quotes: {
        edges: { node: { text: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const forward: string[] = [];
    for (let after: string | null = null; ; ) {
      const listed: Listing = await gql<Listing>(
        session.stack.apiUrl,
        "query($after: String) { quotes(first: 100, after: $after) { edges { node { text } } pageInfo { hasNextPage endCursor } } }",
        { after },
      );
      forward.push(...listed.quotes.edges.map((e) => e.node.text));
      if (!listed.quotes.pageInfo.hasNextPage) break;
      after = listed.quotes.pageInfo.endCursor;
    }
    expect(forward.length).toBeGreaterThan(4);
    await onEachViewport(async (viewport) => {
      await openGraphiql(page, lastPage(2));
      const tail = (await run(page, "LastPage")).data.quotes;
      expect(tail.edges.map((e: Json) => e.node.text)).toEqual(forward.slice(-2));
      expect(tail.pageInfo.hasPreviousPage).toBe(true);
      await openGraphiql(page, lastPage(2, tail.pageInfo.startCursor));
      const before = (await run(page, "LastPage")).data.quotes;
      expect(before.edges.map((e: Json) => e.node.text)).toEqual(forward.slice(-4, -2));
      expect(before.pageInfo.hasNextPage).toBe(true);
      await shot(`graphiql-backward-${viewport.name}`);
    });
  }, 300_000);
}
