/** Topics, the not-found page, the phone-sized layout, labels and keyboard access. */
import { expect, it } from "vitest";
import { needsQuotes, session, shot } from "../session";

/** Registers the scenarios; the stack and browser come from app.test.ts. */
export function scenariosPages(): void {
  it("renders topics, a not-found page and a phone-sized explorer", async () => {
    await session.page.goto(`${session.stack.webUrl}/topics`);
    await shot("topics");
    if (needsQuotes("the topic tree's links")) {
      await session.page.locator(".topic-tree a").first().click();
      await session.page.waitForURL(/\/topics\/.+/);
      await shot("topic");
    }
    // A missing record shows the not-found page (its 404 status is checked in status.ts).
    await session.page.goto(`${session.stack.webUrl}/articles/not-an-id`);
    await expect(session.page.locator("h1").textContent()).resolves.toBe("Not found");
    await session.page.goto(`${session.stack.webUrl}/quotes?person=not-a-person`);
    await session.page
      .getByRole("alert")
      .filter({ hasText: "This view's filter is not valid" })
      .waitFor();
    await session.page.setViewportSize({ width: 390, height: 844 });
    await session.page.goto(`${session.stack.webUrl}/quotes?country=UA&official=true`);
    const width = await session.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shot("quotes-phone");
    await session.page.setViewportSize({ width: 1280, height: 900 });
  });

  it("labels every control and reaches the content by keyboard", async () => {
    const page = session.page;
    for (const path of ["/", "/quotes", "/people", "/articles", "/ingest"]) {
      await page.goto(`${session.stack.webUrl}${path}`);
      await page.waitForLoadState("networkidle");
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>("input, select, textarea")]
          .filter(
            (el) => el.type !== "hidden" && !el.labels?.length && !el.getAttribute("aria-label"),
          )
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(unlabelled, path).toEqual([]);
    }
    // The first Tab lands on the skip link, which moves focus to the main content.
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      "Skip to content",
    );
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("main");
  });
}
