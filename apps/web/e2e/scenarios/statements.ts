/** Statements as units: the pieces of one statement show once, in one card, and counts are statements. */
import { expect, it } from "vitest";
import { needsQuotes, session, shot, total } from "../session";

/** Registers the scenarios; the stack and browser come from app.test.ts. */
export function scenariosStatements(): void {
  it("shows a statement of nested pieces once, its quoted words highlighted", async () => {
    const { page, stack } = session;
    await page.goto(`${stack.webUrl}/quotes?country=UA&official=true`);
    if (!needsQuotes("statements of Ukrainian officials")) return;
    const cards = page.locator(".quote-card");
    expect(await cards.count()).toBe(Math.min(await total(), 20));
    const nested = cards.filter({ hasText: "now is the time" });
    expect(await nested.count()).toBe(1);
    await expect
      .poll(() => nested.locator("mark.statement-piece").first().textContent())
      .toBe("now is the time");
    // No card repeats words another card shows.
    const texts = await cards.locator("blockquote").allTextContents();
    expect(new Set(texts).size).toBe(texts.length);
    await shot("statements-once");
  });
}
