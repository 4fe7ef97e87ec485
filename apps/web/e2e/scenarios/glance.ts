/**
 * The explorer's view at a glance (charts whose bars narrow the view), facet values as filters,
 * topic counts with subtopics, role periods, source links and the bundled samples.
 */
import { expect, it } from "vitest";
import { gql } from "../seed";
import { needsQuotes, onEachViewport, session, shot, total } from "../session";

/** Registers the scenarios; the stack and browser come from app.test.ts. */
export function scenariosGlance(): void {
  it("shows statements over time and top speakers; each bar narrows the view", async () => {
    const page = session.page;
    if (!needsQuotes("charts of the explorer")) return;
    await onEachViewport(async (viewport) => {
      await page.goto(`${session.stack.webUrl}/quotes`);
      await page.locator(".view-charts").waitFor();
      await shot(`glance-${viewport.name}`);
      const speaker = page.locator("[data-testid=chart-speaker]").first();
      const label = (await speaker.getAttribute("aria-label")) ?? "";
      const count = Number(label.match(/: (\d+) statements/)?.[1]);
      await speaker.click();
      await page.waitForURL((url) => url.searchParams.has("person"));
      expect(await total()).toBe(count);
      const month = page.locator("[data-testid=chart-month]").last();
      await month.click();
      await page.waitForURL((url) => url.searchParams.has("from") && url.searchParams.has("to"));
      expect(new URL(page.url()).searchParams.has("person")).toBe(true);
      await shot(`glance-narrowed-${viewport.name}`);
    });
  });

  it("ranks the home page's most quoted people by statements, as the explorer counts them", async () => {
    const page = session.page;
    if (!needsQuotes("the most quoted people")) return;
    await onEachViewport(async (viewport) => {
      await page.goto(session.stack.webUrl);
      const ranked = page.locator("ol.ranked li");
      const counts = (await ranked.locator(":scope > span.muted.small").allTextContents()).map(
        (t) => Number(t.replace(/\D/g, "")),
      );
      expect(counts.length).toBeGreaterThan(1);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      await shot(`home-ranked-${viewport.name}`);
      const href = (await ranked.first().locator("a").first().getAttribute("href")) ?? "";
      const id = decodeURIComponent(href.replace("/people/", ""));
      await page.goto(`${session.stack.webUrl}/quotes?person=${encodeURIComponent(id)}`);
      expect(await total()).toBe(counts[0]);
    });
  });

  it("takes facet values as filters: the category facet has every statement, Unknown included", async () => {
    const { facets } = await gql<{
      facets: { total: number; category: { value: string; count: number }[] };
    }>(session.stack.apiUrl, "{ facets { total category { value count } } }");
    expect(facets.category.reduce((n, c) => n + c.count, 0)).toBe(facets.total);
    const page = session.page;
    await onEachViewport(async (viewport) => {
      for (const { value, count } of facets.category) {
        await page.goto(`${session.stack.webUrl}/quotes?category=${value.toLowerCase()}`);
        expect(await total(), value).toBe(count);
      }
      await shot(`category-${viewport.name}`);
    });
  });

  it("counts a topic's statements with its subtopics, as the page lists them", async () => {
    const page = session.page;
    if (!needsQuotes("topic counts")) return;
    await onEachViewport(async (viewport) => {
      await page.goto(`${session.stack.webUrl}/topics`);
      await page.locator(".topic-tree a").first().click();
      await page.waitForURL(/\/topics\/.+/);
      const header = await page.locator("main").textContent();
      const announced = Number(header?.match(/([\d,]+) statements? ·/)?.[1].replace(/,/g, ""));
      await page.locator(".quote-card").first().waitFor();
      const streamed = await page.locator("main").textContent();
      const listed = Number(
        streamed
          ?.match(/([\d,]+) statements? \(subtopics included\)|([\d,]+) statements? ·/)
          ?.slice(1)
          .find(Boolean)
          ?.replace(/,/g, ""),
      );
      expect(listed).toBe(announced);
      await shot(`topic-${viewport.name}`);
    });
  });

  it("shows a person's roles as merged periods, and sources as links", async () => {
    const page = session.page;
    if (!needsQuotes("roles and sources")) return;
    const { people } = await gql<{ people: { edges: { node: { id: string } }[] } }>(
      session.stack.apiUrl,
      '{ people(filter: {search: "Zelenskyy"}, first: 1) { edges { node { id } } } }',
    );
    await onEachViewport(async (viewport) => {
      await page.goto(
        `${session.stack.webUrl}/people/${encodeURIComponent(people.edges[0].node.id)}`,
      );
      const periods = await page.locator("[data-testid=role-period]").allTextContents();
      // One line per period: the same role never on two lines in a row.
      for (let i = 1; i < periods.length; i++)
        expect(periods[i].split(",")[0]).not.toBe(periods[i - 1].split(",")[0]);
      await shot(`person-roles-${viewport.name}`);
      await page.goto(`${session.stack.webUrl}/quotes?sort=oldest`);
      const links = await page
        .locator(".quote-card a.source-link")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(href).toMatch(/^https?:\/\//);
      await shot(`sources-${viewport.name}`);
    });
  });

  it("ships no wiki test pages or site notices, and no link lists as related stories", async () => {
    for (const a of session.samples.wikinews) {
      expect(a.title).not.toMatch(/^TEST PAGE/i);
      expect(a.text).not.toMatch(/please visit our Main Page/);
    }
    const page = session.page;
    await page.goto(`${session.stack.webUrl}/articles`);
    await page
      .getByRole("link", { name: /Ukraine dismisses/ })
      .first()
      .click();
    await page.waitForURL(/\/articles\//);
    const related = await page.locator(".related li strong").allTextContents();
    for (const title of related) expect(title.split(/\s+/).length).toBeGreaterThanOrEqual(4);
    await shot("related-stories");
  });
}
