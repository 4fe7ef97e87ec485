/**
 * Corrections in the browser: sign in once, correct a statement (speaker, kind, not a statement)
 * and a person (facts, merge, split), see who made each and when, re-parse, undo. Preview on the
 * ingest page needs no token.
 */
import { expect, it } from "vitest";
import { gql } from "../seed";
import { needsQuotes, onEachViewport, session, shot, TOKEN } from "../session";

type ArticleQuotes = {
  article: {
    id: string;
    quotes: {
      id: string;
      text: string;
      kind: string;
      speaker: { name: string } | null;
      statement: { id: string };
    }[];
  };
};

async function referenceArticle(): Promise<ArticleQuotes["article"]> {
  const { articles } = await gql<{ articles: { edges: { node: { id: string } }[] } }>(
    session.stack.apiUrl,
    '{ articles(filter: {search: "Kherson"}, first: 1) { edges { node { id } } } }',
  );
  const { article } = await gql<ArticleQuotes>(
    session.stack.apiUrl,
    "query($id: ID!) { article(id: $id) { id quotes { id text kind speaker { name } statement { id } } } }",
    { id: articles.edges[0].node.id },
  );
  return article;
}

const reparse = (id: string) =>
  gql(session.stack.apiUrl, "mutation($id: ID!) { reparseArticle(id: $id) { id } }", { id }, TOKEN);

/** Opens a "Correct …" disclosure unless it is open already (it stays open across refreshes). */
async function openTools(scope: ReturnType<typeof session.page.locator>): Promise<void> {
  const details = scope.locator("details.correct").first();
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator("summary").click();
}

/** Registers the scenarios; the stack and browser come from app.test.ts. */
export function scenariosCorrections(): void {
  it("previews an article on the ingest page without a token", async () => {
    const page = session.page;
    await onEachViewport(async (viewport) => {
      await page.goto(`${session.stack.webUrl}/ingest`);
      await page.getByLabel("Article text or HTML").fill(session.samples.wikinews[8].text);
      await page.getByRole("button", { name: "Preview" }).click();
      await page.getByRole("region", { name: "Preview" }).waitFor();
      await shot(`preview-no-token-${viewport.name}`);
    });
  });

  it("shows no correction buttons until signed in, then signs in with a token once", async () => {
    const page = session.page;
    const article = await referenceArticle();
    await page.goto(`${session.stack.webUrl}/articles/${encodeURIComponent(article.id)}`);
    expect(await page.getByText("Correct this statement").count()).toBe(0);
    await page.goto(`${session.stack.webUrl}/sign-in`);
    await page.getByLabel("API token").fill("wrong-token-0000000");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").filter({ hasText: "does not know this token" }).waitFor();
    await page.getByLabel("API token").fill(TOKEN);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("status").filter({ hasText: "Signed in as token:" }).waitFor();
    const cookies = await session.context.cookies(session.stack.webUrl);
    const cookie = cookies.find((c) => c.name === "whosaid_token");
    expect(cookie?.httpOnly).toBe(true);
    expect(await page.evaluate(() => document.cookie)).not.toContain(TOKEN);
    await shot("signed-in");
  });

  it("corrects a speaker in the browser, keeps it through a re-parse, and undoes it", async () => {
    if (!needsQuotes("correcting a statement")) return;
    const page = session.page;
    const article = await referenceArticle();
    const quote = article.quotes.find((q) => q.speaker);
    expect(quote).toBeDefined();
    const url = `${session.stack.webUrl}/articles/${encodeURIComponent(article.id)}`;
    const card = page.locator(".quote-card", { hasText: quote!.text.slice(0, 40) }).first();
    await onEachViewport(async (viewport) => {
      await page.goto(url);
      await card.getByText("Correct this statement").click();
      const other = card
        .locator(".pick-list button")
        .filter({ hasNotText: quote!.speaker!.name })
        .first();
      await other.waitFor();
      const name = ((await other.textContent()) ?? "").replace(/^Said by /, "").trim();
      await other.click();
      await card.locator("[data-testid=correction]", { hasText: `Speaker: ${name}` }).waitFor();
      await reparse(article.id);
      await page.reload();
      const kept = page.locator(".quote-card", { hasText: quote!.text.slice(0, 40) }).first();
      await expect(kept.locator("a.speaker").first().textContent()).resolves.toBe(name);
      const log = kept.locator("[data-testid=correction]").first();
      await expect(log.textContent()).resolves.toMatch(/Speaker: .+ by token:[0-9a-f]{12} on /);
      await shot(`corrected-speaker-${viewport.name}`);
      await log.getByRole("button", { name: "Undo" }).click();
      await kept.locator("[data-testid=correction]").first().waitFor({ state: "detached" });
      await expect(kept.locator("a.speaker").first().textContent()).resolves.toBe(
        quote!.speaker!.name,
      );
    });
  });

  it("corrects a speaker to someone found by searching all people, and undoes it", async () => {
    if (!needsQuotes("correcting a speaker from all people")) return;
    const page = session.page;
    const article = await referenceArticle();
    const quote = article.quotes.find((q) => q.speaker);
    const { people } = await gql<{ people: { edges: { node: { name: string } }[] } }>(
      session.stack.apiUrl,
      "{ people(first: 100, filter: { quoted: true }) { edges { node { name } } } }",
    );
    const inArticle = new Set(article.quotes.map((q) => q.speaker?.name));
    const outsider = people.edges.map((e) => e.node.name).find((n) => !inArticle.has(n));
    expect(outsider, "someone quoted only in another article").toBeDefined();
    const url = `${session.stack.webUrl}/articles/${encodeURIComponent(article.id)}`;
    await onEachViewport(async (viewport) => {
      await page.goto(url);
      const card = page.locator(".quote-card", { hasText: quote!.text.slice(0, 40) }).first();
      await card.getByText("Correct this statement").click();
      await card.getByPlaceholder("Search all people").fill(outsider!);
      await card.getByRole("button", { name: "Search", exact: true }).click();
      await card.getByRole("button", { name: `Said by ${outsider}` }).click();
      const log = card.locator("[data-testid=correction]", { hasText: `Speaker: ${outsider}` });
      await log.waitFor();
      await expect(card.locator("a.speaker").first().textContent()).resolves.toBe(outsider);
      await expect(log.textContent()).resolves.toMatch(/by token:[0-9a-f]{12} on /);
      await shot(`corrected-speaker-search-${viewport.name}`);
      await log.getByRole("button", { name: "Undo" }).click();
      await log.waitFor({ state: "detached" });
      await expect(card.locator("a.speaker").first().textContent()).resolves.toBe(
        quote!.speaker!.name,
      );
    });
  });

  it("sets a statement's kind and marks one as not a statement, both undoable", async () => {
    if (!needsQuotes("kind and not-a-statement")) return;
    const page = session.page;
    const article = await referenceArticle();
    const url = `${session.stack.webUrl}/articles/${encodeURIComponent(article.id)}`;
    // Two statements (a page shows a statement once, with its pieces, in one card).
    const [first] = article.quotes;
    const second = article.quotes.find((q) => q.statement.id !== first.statement.id);
    if (!second) throw new Error("the reference article has one statement");
    await onEachViewport(async (viewport) => {
      await page.goto(url);
      const card = page.locator(".quote-card", { hasText: first.text.slice(0, 40) }).first();
      await card.getByText("Correct this statement").click();
      const kind = first.kind === "INDIRECT" ? "DIRECT" : "INDIRECT";
      await card.getByLabel("Kind of statement").selectOption(kind);
      await card.getByRole("button", { name: "Set kind" }).click();
      await card
        .locator("[data-testid=correction]", { hasText: `Kind: ${kind.toLowerCase()}` })
        .waitFor();
      const other = page.locator(".quote-card", { hasText: second.text.slice(0, 40) }).first();
      await other.getByText("Correct this statement").click();
      await other.getByRole("button", { name: "Not a statement" }).click();
      const removed = page.locator("#corrections-heading + ul [data-testid=correction]", {
        hasText: "Not a statement",
      });
      await removed.waitFor();
      await shot(`corrected-kind-${viewport.name}`, true);
      await removed.getByRole("button", { name: "Undo" }).click();
      await removed.waitFor({ state: "detached" });
      await page
        .locator(".quote-card", { hasText: second.text.slice(0, 40) })
        .first()
        .waitFor();
      const log = page
        .locator(".quote-card", { hasText: first.text.slice(0, 40) })
        .first()
        .locator("[data-testid=correction]");
      await log.getByRole("button", { name: "Undo" }).click();
      await log.waitFor({ state: "detached" });
    });
  });

  it("edits a person's facts, merges two people and splits them again", async () => {
    if (!needsQuotes("correcting people")) return;
    const page = session.page;
    const { people } = await gql<{ people: { edges: { node: { id: string; name: string } }[] } }>(
      session.stack.apiUrl,
      "{ people(orderBy: QUOTES, first: 3) { edges { node { id name } } } }",
    );
    const [a, b] = people.edges.map((e) => e.node);
    await onEachViewport(async (viewport) => {
      await page.goto(`${session.stack.webUrl}/people/${encodeURIComponent(a.id)}`);
      const tools = page.locator(".person-corrections");
      await openTools(tools);
      await tools.getByLabel("Role").fill(`Checked role ${viewport.name}`);
      await tools.getByLabel("Country (ISO code)").fill("NO");
      await tools.getByLabel("Category").selectOption("EXPERT");
      const official = tools.getByLabel("Official");
      const wasOfficial = await official.isChecked();
      await official.setChecked(!wasOfficial);
      await tools.getByRole("button", { name: "Save facts" }).click();
      await page.locator(".lede", { hasText: `Checked role ${viewport.name}` }).waitFor();
      const edits = [
        /role: Checked role/,
        /country: NO/,
        /category: expert/i,
        new RegExp(`official: ${!wasOfficial}`),
      ].map((detail) => tools.locator("[data-testid=correction]", { hasText: detail }));
      for (const edit of edits)
        await expect(edit.textContent()).resolves.toMatch(/by token:[0-9a-f]{12} on /);
      await shot(`person-edited-${viewport.name}`);
      for (const edit of edits) {
        await edit.getByRole("button", { name: "Undo" }).click();
        await edit.waitFor({ state: "detached" });
      }
      const { person } = await gql<{ person: { country: string | null; isOfficial: boolean } }>(
        session.stack.apiUrl,
        "query($id: ID!) { person(id: $id) { country isOfficial } }",
        { id: a.id },
      );
      expect(person.isOfficial).toBe(wasOfficial);
      expect(person.country).not.toBe("NO");

      await openTools(tools);
      await tools.getByPlaceholder("Search all people").fill(b.name);
      await tools.getByRole("button", { name: "Search", exact: true }).click();
      await tools.getByRole("button", { name: `Merge in ${b.name}` }).click();
      const merge = tools.locator("[data-testid=correction]", { hasText: `Merged in: ${b.name}` });
      await merge.waitFor();
      await shot(`person-merged-${viewport.name}`);
      await merge.getByRole("button", { name: "Undo" }).click();
      await merge.waitFor({ state: "detached" });

      await openTools(tools);
      const split = tools.locator("fieldset", { hasText: "Split:" });
      await split.locator("input[type=checkbox]").first().check();
      await tools.getByRole("button", { name: "Split off" }).click();
      const record = tools.locator("[data-testid=correction]", { hasText: "Split off 1 article" });
      await record.waitFor();
      await shot(`person-split-${viewport.name}`);
      await record.getByRole("button", { name: "Undo" }).click();
      await record.waitFor({ state: "detached" });
    });
  });
}
