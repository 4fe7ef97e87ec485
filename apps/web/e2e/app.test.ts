/**
 * End-to-end: the built web app against a freshly seeded API, in Debian's Chromium (issue 7).
 * One stack and one browser serve every scenario (scenarios/*.ts). Assertions that need the
 * people/quotes parser's output are gated on the seeded data having quotes, and say so when skipped.
 */
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe } from "vitest";
import { launchBrowser } from "./browser";
import { scenariosBrowse } from "./scenarios/browse";
import { scenariosCorrections } from "./scenarios/corrections";
import { scenariosExplore } from "./scenarios/explore";
import { scenariosGlance } from "./scenarios/glance";
import { scenariosGraphiql } from "./scenarios/graphiql";
import { scenariosIngest } from "./scenarios/ingest";
import { scenariosPages } from "./scenarios/pages";
import { scenariosStatements } from "./scenarios/statements";
import { scenariosStatus } from "./scenarios/status";
import { gql } from "./seed";
import { screenshotsDir, session } from "./session";
import { buildIfNeeded, startStack, TOKEN } from "./stack";

const INGEST = "mutation($input: ArticleInput!) { ingestArticle(input: $input) { created } }";
let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;

beforeAll(async () => {
  mkdirSync(screenshotsDir, { recursive: true });
  buildIfNeeded();
  const { reference, wikinews } = session.samples;
  session.stack = await startStack(async (apiUrl) => {
    const inputs = [
      { text: reference },
      ...wikinews.slice(0, 4).map(({ text, url }) => ({ text, url })),
    ];
    for (const input of inputs) await gql(apiUrl, INGEST, { input }, TOKEN);
  });
  const seeded = await gql<{ quotes: { totalCount: number } }>(
    session.stack.apiUrl,
    "{ quotes(first: 1) { totalCount } }",
  );
  session.hasQuotes = seeded.quotes.totalCount > 0;
  browser = await launchBrowser();
  session.context = browser.context;
  session.page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await session.stack?.stop();
});

describe("whosaid in the browser", () => {
  scenariosBrowse();
  scenariosExplore();
  scenariosIngest();
  scenariosPages();
  scenariosStatements();
  scenariosStatus();
  scenariosGraphiql();
  scenariosGlance();
  scenariosCorrections();
});
