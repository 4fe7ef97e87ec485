/**
 * Statements as units: the pieces of one statement show once, in one card, and counts are
 * statements; an article lists its statements in reading order and counts each person's quotes.
 */
import { expect, it } from "vitest";
import { gql } from "../seed";
import { needsQuotes, onEachViewport, session, shot, total } from "../session";

/** Registers the scenarios; the stack and browser come from app.test.ts. */
export function scenariosStatements(): void {
  it("shows a statement of nested pieces once, its quoted words highlighted", async () => {
    const { page, stack } = session;
    if (!needsQuotes("statements of Ukrainian officials")) return;
    await page.goto(`${stack.webUrl}/quotes?country=UA&official=true`);
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

  it("lists an article's statements once each, in reading order, with each person's quotes here", async () => {
    const page = session.page;
    if (!needsQuotes("an article's statements and people")) return;
    const { articles } = await gql<{ articles: { edges: { node: { id: string } }[] } }>(
      session.stack.apiUrl,
      '{ articles(filter: {search: "Kherson"}, first: 1) { edges { node { id } } } }',
    );
    const url = `${session.stack.webUrl}/articles/${encodeURIComponent(articles.edges[0].node.id)}`;
    await onEachViewport(async (viewport) => {
      await page.goto(url);
      const cards = page.locator("section[aria-labelledby=statements-heading] .quote-card");
      const texts = await cards.locator("blockquote").allTextContents();
      expect(new Set(texts).size, "a statement shown twice").toBe(texts.length);
      await expect(page.locator("aside").textContent()).resolves.toContain(
        `${texts.length} statements in this article`,
      );
      // Reading order: each card's first words come later in the body than the card before's.
      const body = await page.locator("[data-testid=article-body]").evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const tip of copy.querySelectorAll(".attribution")) tip.remove();
        return (copy.textContent ?? "").replace(/\s+/g, " ");
      });
      const positions = texts.map((t) => {
        const words = t.replace(/^[“"]/, "").split(" … ")[0].replace(/\s+/g, " ");
        return body.indexOf(words.slice(0, 30));
      });
      expect(positions.filter((p) => p < 0)).toEqual([]);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      // Each quoted person's count is the number of their quotes highlighted in the body.
      const quoted = page.locator("aside li", { has: page.locator("[data-testid=quotes-here]") });
      expect(await quoted.count()).toBeGreaterThan(0);
      for (const item of await quoted.all()) {
        const name = (await item.locator("a").first().textContent()) ?? "";
        const shown = Number(
          (await item.locator("[data-testid=quotes-here]").textContent())?.replace(/\D/g, ""),
        );
        const marks = page.locator(
          `[data-testid=article-body] mark.quote[data-speaker=${JSON.stringify(name)}]`,
        );
        const ids = await marks.evaluateAll((ms) => ms.map((m) => m.getAttribute("data-quote-id")));
        expect(shown, name).toBe(new Set(ids).size);
      }
      await shot(`article-statements-${viewport.name}`, true);
    });
  });
}
