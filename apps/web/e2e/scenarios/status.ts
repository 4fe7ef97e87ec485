/** HTTP status codes: a missing person, article or topic answers 404, every page that exists 200. */
import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { gql } from "../seed";
import { session } from "../session";

const FIRST_RECORDS = `{
  people(first: 1) { edges { node { id } } }
  articles(first: 1) { edges { node { id } } }
  topics(first: 1, filter: { used: true }) { edges { node { iptcId label } } }
}`;

type Edges<T> = { edges: { node: T }[] };
type FirstRecords = {
  people: Edges<{ id: string }>;
  articles: Edges<{ id: string }>;
  topics: Edges<{ iptcId: string; label: string }>;
};

/** A well-formed global id of the same type as `id` that no record has. */
function missingLike(id: string): string {
  const [type] = Buffer.from(id, "base64").toString("utf8").split(":");
  return Buffer.from(`${type}:${randomUUID()}`).toString("base64");
}

/** The status of a plain GET (no browser), as a crawler or link checker sees it. */
async function statusOf(path: string): Promise<number> {
  const response = await fetch(`${session.stack.webUrl}${path}`, { redirect: "manual" });
  await response.body?.cancel();
  return response.status;
}

/** Registers the scenarios; the stack and browser come from app.test.ts. */
export function scenariosStatus(): void {
  it("answers 200 for every page that exists", async () => {
    const { people, articles, topics } = await gql<FirstRecords>(
      session.stack.apiUrl,
      FIRST_RECORDS,
    );
    const topic = topics.edges[0]?.node;
    const paths = [
      "/",
      "/quotes",
      "/quotes?country=UA&official=true",
      "/people",
      "/articles",
      "/topics",
      "/ingest",
      `/people/${encodeURIComponent(people.edges[0].node.id)}`,
      `/articles/${encodeURIComponent(articles.edges[0].node.id)}`,
      ...(topic ? [`/topics/${topic.iptcId}`, `/topics/${encodeURIComponent(topic.label)}`] : []),
    ];
    for (const path of paths) expect(await statusOf(path), path).toBe(200);
  });

  it("answers 404 with the not-found page for a missing person, article or topic", async () => {
    const { people, articles } = await gql<FirstRecords>(session.stack.apiUrl, FIRST_RECORDS);
    const paths = [
      `/people/${encodeURIComponent(missingLike(people.edges[0].node.id))}`,
      "/people/not-a-person",
      `/articles/${encodeURIComponent(missingLike(articles.edges[0].node.id))}`,
      "/articles/not-an-id",
      "/topics/medtop:99999999",
      "/topics/no-such-topic",
      "/no/such/route",
    ];
    for (const path of paths) {
      expect(await statusOf(path), path).toBe(404);
      // The browser gets the same status, and the not-found page rather than a bare error.
      const response = await session.page.goto(`${session.stack.webUrl}${path}`);
      expect(response?.status(), path).toBe(404);
      await expect(session.page.locator("h1").textContent(), path).resolves.toBe("Not found");
      const robots = session.page.locator('meta[name="robots"]');
      await expect(robots.first().getAttribute("content"), path).resolves.toContain("noindex");
    }
  });
}
