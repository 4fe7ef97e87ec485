/** From the home page to a view, a speaker and an article with its highlighted quotes. */
import { expect, it } from "vitest";
import { gql } from "../seed";
import { needsQuotes, session, shot, speakersOnPage, UA_OFFICIALS } from "../session";

/** Registers the scenarios; the stack and browser come from app.test.ts. */
export function scenariosBrowse(): void {
  it("opens Statements by Ukrainian officials from the home page", async () => {
    await session.page.goto(session.stack.webUrl);
    await expect(session.page.locator("h1").first().textContent()).resolves.toContain(
      "Who said what",
    );
    await shot("home");
    await session.page.getByRole("link", { name: "Statements by Ukrainian officials" }).click();
    await session.page.waitForURL(/\/quotes\?country=UA&official=true$/);
    await session.page.locator("[data-testid=total-count]").waitFor();
    await shot("quotes-ukrainian-officials");
    if (!needsQuotes("exactly Zelenskyy's, Kuleba's and Zaluzhny's statements")) return;
    const speakers = await speakersOnPage();
    // One card per statement: the reference article's Ukrainian officials make at least five
    // statements (their quotes are more: the pieces of a split or nested statement share a card).
    expect(speakers.length).toBeGreaterThanOrEqual(5);
    expect(new Set(speakers)).toEqual(new Set(UA_OFFICIALS));
    await expect(
      session.page.locator("[data-testid=total-count]").textContent(),
    ).resolves.toContain(`${speakers.length} statements`);
  });

  it("follows a speaker to their page", async () => {
    if (!needsQuotes("following a speaker")) return;
    await session.page
      .locator(".quote-card a.speaker", { hasText: "Volodymyr Zelenskyy" })
      .first()
      .click();
    await session.page.waitForURL(/\/people\//);
    await expect(session.page.locator("h1").textContent()).resolves.toContain(
      "Volodymyr Zelenskyy",
    );
    // The statements and the timeline stream in after the person's header.
    await session.page.locator(".quote-card").first().waitFor();
    await session.page.locator(".timeline svg rect.bar").first().waitFor();
    await shot("person");
  });

  it("opens the article and finds the quote highlighted with its speaker", async () => {
    await session.page.goto(`${session.stack.webUrl}/quotes?country=UA&official=true`);
    const articleLink = session.page.locator(".quote-card .meta a").first();
    if (!(await articleLink.count())) {
      const { articles } = await gql<{ articles: { edges: { node: { id: string } }[] } }>(
        session.stack.apiUrl,
        '{ articles(first: 1, filter: { search: "Kherson" }) { edges { node { id } } } }',
      );
      await session.page.goto(
        `${session.stack.webUrl}/articles/${encodeURIComponent(articles.edges[0].node.id)}`,
      );
    } else {
      await articleLink.click();
      await session.page.waitForURL(/\/articles\//);
    }
    await expect(session.page.locator("h1").textContent()).resolves.toContain("Kherson retreat");
    // Captions and related stories are shown apart from the body, never inside it.
    expect(await session.page.locator("[data-testid=article-body]").textContent()).not.toContain(
      "Knicks stress accountability",
    );
    await expect(session.page.locator(".related").textContent()).resolves.toContain(
      "Knicks stress accountability",
    );
    await expect(session.page.locator(".captions").textContent()).resolves.toContain(
      "Andrew Kravchenko / AP",
    );
    await shot("article");
    if (!needsQuotes("the highlighted, attributed quote")) return;
    const mark = session.page.locator('mark.quote[data-speaker="Dmytro Kuleba"]', {
      hasText: "Stop proposing Ukraine",
    });
    expect(await mark.count()).toBe(1);
    await mark.focus();
    const tooltip = mark.locator(".attribution");
    expect(await tooltip.isVisible()).toBe(true);
    await expect(tooltip.textContent()).resolves.toMatch(/Direct quote · Dmytro Kuleba/);
    await shot("article-quote-focused");
  });
}
