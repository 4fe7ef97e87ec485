/** State shared by the browser scenarios: the running stack, the browser page, and helpers. */
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { sampleArticles } from "./seed";
import { type Stack, TOKEN, webDir } from "./stack";

export { TOKEN };
export const UA_OFFICIALS = ["Volodymyr Zelenskyy", "Dmytro Kuleba", "Valery Zaluzhny"];
export const screenshotsDir = join(webDir, "e2e/screenshots");

/** Filled in by app.test.ts's beforeAll. */
export const session = {
  stack: undefined as unknown as Stack,
  context: undefined as unknown as BrowserContext,
  page: undefined as unknown as Page,
  /** Whether the seeded data has any quotes (the parser's people/quotes stages have landed). */
  hasQuotes: false,
  samples: sampleArticles(),
};

/** Parser-dependent checks run only when the seeded data has quotes; skipping is announced. */
export function needsQuotes(what: string): boolean {
  if (!session.hasQuotes) console.warn(`[e2e] SKIPPED (the parser found no quotes yet): ${what}`);
  return session.hasQuotes;
}

/** Saves a screenshot once streamed sections have replaced their "Loading…" placeholders. */
export async function shot(name: string, fullPage = false): Promise<void> {
  // A screenshot is an artifact, not a check: the scenario's assertions have run by now. A page
  // that keeps the network busy longer (seen once on GraphiQL, cause not found) is shot as is.
  await session.page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => {
    console.warn(`[e2e] ${name}: the network was still busy after 15 s; screenshot taken anyway`);
  });
  // A page may stream several sections: wait until no placeholder is left.
  await session.page.getByText("Loading…").first().waitFor({ state: "detached" });
  await session.page.screenshot({ path: join(screenshotsDir, `${name}.png`), fullPage });
}

/** Names of the speakers on the statement cards shown. */
export function speakersOnPage(): Promise<string[]> {
  return session.page.locator(".quote-card a.speaker").allTextContents();
}

/** The statement count the page announces. */
export async function total(): Promise<number> {
  const text = await session.page.locator("[data-testid=total-count]").textContent();
  return Number(text?.replace(/\D/g, ""));
}

/** The two screens every issue-17 scenario runs on: a desktop and a 390-pixel-wide phone. */
export const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

/** Runs `check` once per viewport (screenshots named `<name>-<viewport>`), then back to desktop. */
export async function onEachViewport(
  check: (viewport: (typeof VIEWPORTS)[number]) => Promise<void>,
): Promise<void> {
  try {
    for (const viewport of VIEWPORTS) {
      await session.page.setViewportSize({ width: viewport.width, height: viewport.height });
      await check(viewport);
      const width = await session.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `page wider than the ${viewport.name} screen`).toBeLessThanOrEqual(
        viewport.width,
      );
    }
  } finally {
    await session.page.setViewportSize({ width: 1280, height: 900 });
  }
}
