/** The statements explorer: narrowing by topic and date in the URL, paging, exporting. */
import { expect, it } from "vitest";
import { needsQuotes, session, shot, total, UA_OFFICIALS } from "../session";

/** Registers the scenarios; the stack and browser come from app.test.ts. */
export function scenariosExplore(): void {
  it("narrows the explorer by topic and by date, keeping the view in the URL", async () => {
    const page = session.page;
    await page.goto(`${session.stack.webUrl}/quotes`);
    const all = await total();
    if (!needsQuotes("narrowing by topic")) return;
    if (all > 20) {
      // The browser's own urql client (graphcache, relayPagination) appends the next page.
      await page.getByRole("button", { name: "Load more here" }).click();
      await page.waitForFunction(() => document.querySelectorAll(".quote-card").length > 20);
      expect(await page.locator(".quote-card").count()).toBe(Math.min(all, 40));
    }
    const topic = page.locator("#filter-topic");
    const value = await topic.locator("option").nth(1).getAttribute("value");
    expect(value).toBeTruthy();
    await topic.selectOption(value!);
    await page.waitForURL((url) => url.searchParams.get("topic") === value);
    const byTopic = await total();
    expect(byTopic).toBeGreaterThan(0);
    expect(byTopic).toBeLessThanOrEqual(all);
    await page.locator("#filter-from").fill("2022-11-15");
    await page.waitForURL((url) => url.searchParams.get("from") === "2022-11-15");
    expect(new URL(page.url()).searchParams.get("topic")).toBe(value);
    expect(await total()).toBeLessThanOrEqual(byTopic);
    await shot("quotes-narrowed");
  });

  it("exports the current view as CSV and JSON lines", async () => {
    const { page, context, stack } = session;
    await page.goto(`${stack.webUrl}/quotes?country=UA&official=true`);
    const count = await total();
    const csvHref = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
    expect(csvHref).toBe("/export/quotes.csv?country=UA&official=true");
    const csv = await context.request.get(`${stack.webUrl}${csvHref}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const rows = (await csv.text()).trim().split(/\r?\n/);
    expect(rows[0]).toMatch(/^quote,kind,speaker,country/);
    const jsonl = await context.request.get(
      `${stack.webUrl}/export/quotes.jsonl?country=UA&official=true`,
    );
    const lines = (await jsonl.text()).split("\n").filter(Boolean);
    // One row per piece; the explorer counts statements, the pieces of one counting once.
    const statements = new Set(lines.map((line) => JSON.parse(line).statementId));
    expect(statements.size).toBe(count);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "JSON lines" }).click();
    expect((await download).suggestedFilename()).toBe("whosaid-quotes.jsonl");
    if (!needsQuotes("export rows of Ukrainian officials")) return;
    expect(rows.length - 1).toBe(lines.length);
    for (const line of lines) expect(UA_OFFICIALS).toContain(JSON.parse(line).speaker);
  });
}
