/** Adding an article: refusals without a valid token, preview, save, its statements. */
import { expect, it } from "vitest";
import { gql } from "../seed";
import { needsQuotes, session, shot, TOKEN } from "../session";

/** Registers the scenarios; the stack and browser come from app.test.ts. */
export function scenariosIngest(): void {
  it("refuses to save without a valid token, with a clear message", async () => {
    const article = session.samples.wikinews[6];
    await session.page.goto(`${session.stack.webUrl}/ingest`);
    await session.page.getByLabel("Article text or HTML").fill(article.text);
    await session.page.getByRole("button", { name: "Save article" }).click();
    await session.page
      .getByRole("alert")
      .filter({ hasText: "Refused: saving needs the ingest token" })
      .waitFor();
    await session.page.getByLabel("Ingest token").fill("not-the-token");
    await session.page.getByRole("button", { name: "Save article" }).click();
    await session.page.getByRole("alert").filter({ hasText: "valid ingest token" }).waitFor();
    await shot("ingest-refused");
    const stored = await gql<{ articles: { totalCount: number } }>(
      session.stack.apiUrl,
      "{ articles(first: 1) { totalCount } }",
    );
    expect(stored.articles.totalCount).toBe(5);
  });

  it("previews, then ingests an article with the token and finds its statements", async () => {
    const article = session.samples.wikinews[6];
    await session.page.goto(`${session.stack.webUrl}/ingest`);
    await session.page.getByLabel("Article text or HTML").fill(article.text);
    await session.page.getByLabel("Ingest token").fill(TOKEN);
    await session.page.getByRole("button", { name: "Preview" }).click();
    await session.page.getByRole("region", { name: "Preview" }).waitFor();
    await expect(
      session.page.getByRole("region", { name: "Preview" }).textContent(),
    ).resolves.toContain(article.title);
    await session.page.getByRole("button", { name: "Save article" }).click();
    const saved = session.page.getByRole("status").filter({ hasText: "Saved" });
    await saved.waitFor();
    await shot("ingest-saved");
    const articleHref = await saved.locator('a[href^="/articles/"]').getAttribute("href");
    await saved.getByRole("link", { name: "See its statements →" }).click();
    await session.page.waitForURL(/\/quotes\?article=/);
    if (!needsQuotes("statements of the ingested article")) return;
    const cards = session.page.locator(".quote-card");
    const shown = await cards.count();
    if (shown === 0) console.warn(`[e2e] the parser found no statements in "${article.title}"`);
    for (let i = 0; i < shown; i++) {
      await expect(cards.nth(i).locator(".meta a").first().getAttribute("href")).resolves.toBe(
        articleHref,
      );
    }
  });
}
