import { describe, expect, it } from "vitest";
import { parseStructure } from "./parse-structure.ts";

const lede =
  "The regional transport authority agreed on Thursday to buy forty electric buses for the valley routes, replacing a fleet that has run on diesel since the early nineties.";
const second =
  "Drivers will be trained over the winter, and the first buses should be on the road by the spring, the authority's board said after a meeting that lasted most of the day.";

function page(inner: string): string {
  return `<!doctype html><html><head><title>Valley gets electric buses</title></head><body><article><h1>Valley gets electric buses</h1>${inner}</article></body></html>`;
}

describe("page preparation", () => {
  it("reads WordPress caption paragraphs as captions, once, never as body", () => {
    const figure = `<div class="wp-caption aligncenter"><img src="bus.jpg"><p class="wp-caption-text">A new electric bus at the depot on Thursday. (Photo: Mara Lind)</p></div>`;
    const parsed = parseStructure(page(`<p>${lede}</p>${figure}<p>${second}</p>${figure}`));
    const a = parsed.article;
    expect(a.paragraphs.map((p) => p.text)).toEqual([lede, second]);
    expect(a.captions.map((c) => c.text)).toEqual(["A new electric bus at the depot on Thursday."]);
  });

  it("leaves hover cards, tooltips and hidden text out of the sentence they sit in", () => {
    const card = `<span class="author-hovercard"><span>Tomas Berg</span><span>Buses arrive late again</span></span>`;
    const parsed = parseStructure(
      page(
        `<p>${lede}</p><p>The plan was backed by councillor <a href="/p/berg">Tomas Berg${card}</a>, who chairs the transport committee<span style="display: none">Subscribe now</span><span class="sr-only"> (opens in a new window)</span>, and by most of the members of the council.</p><p>${second}</p>`,
      ),
    );
    expect(parsed.article.paragraphs.map((p) => p.text)).toEqual([
      lede,
      "The plan was backed by councillor Tomas Berg, who chairs the transport committee, and by most of the members of the council.",
      second,
    ]);
  });
});
