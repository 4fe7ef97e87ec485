/**
 * The GraphiQL page opens on the Ukrainian-officials tab on every visit (GraphiQL otherwise shows
 * an empty tab to a returning browser), never echoes the address into its script, and stacks its
 * editor and result on a phone.
 */
import { type Database, openDatabase } from "@whosaid/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../test/testing.ts";

let db: Database;
beforeAll(async () => {
  db = await openDatabase({ memory: true });
});
afterAll(async () => db?.close());

const page = async (path: string) => {
  const response = await testApi(db).fetch(`http://whosaid.test${path}`, {
    headers: { accept: "text/html" },
  });
  return response.text();
};

/** The options the page hands to GraphiQL's script. */
const optionsIn = (html: string) => {
  const json =
    /renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{.*\}),\s*\);/s;
  return JSON.parse(json.exec(html)?.[1] ?? "null");
};

describe("the GraphiQL page", () => {
  it("opens on the Ukrainian-officials query, stored tabs or not", async () => {
    const options = optionsIn(await page("/graphql"));
    expect(options.query).toMatch(/^# All statements by Ukrainian officials/);
    expect(options.defaultTabs[0].query).toBe(options.query);
  });

  it("leaves a ?query= address to GraphiQL, without writing it into the page", async () => {
    const html = await page(`/graphql?query=${encodeURIComponent("</script><b>x</b>")}`);
    expect(optionsIn(html).query).toBeUndefined();
    expect(html).not.toContain("<b>x</b>");
  });

  it("stacks the editor and the result on a narrow screen", async () => {
    expect(await page("/graphql")).toMatch(
      /@media \(max-width: 640px\)[^}]*#graphiql-session \{ flex-direction: column; \}/,
    );
  });
});
