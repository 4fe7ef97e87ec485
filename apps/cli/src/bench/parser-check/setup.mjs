/**
 * What both A/B timers load: two parser bundles made by bundle.sh (under packages/parser/.prof),
 * bare wink-nlp (readDoc, tokens, POS) as the floor, and the first N PolNeAR train articles.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../..");

export async function loadBundles(aName, bName) {
  const load = (name) => import(resolve(root, `packages/parser/.prof/${name}/p.mjs`));
  return [await load(aName), await load(bName)];
}

const require = createRequire(resolve(root, "packages/parser/package.json"));
const nlp = require("wink-nlp")(require("wink-eng-lite-web-model"), ["sbd", "pos"]);

export function bareWink(article) {
  const d = nlp.readDoc(article.text);
  d.tokens().out(nlp.its.value);
  d.tokens().out(nlp.its.pos);
}

export function trainArticles(n) {
  const corpora = process.env.WHOSAID_CORPORA ?? resolve(root, "../shared/corpora");
  return readFileSync(resolve(corpora, "polnear/train.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .slice(0, n);
}
