import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.ts";
import { ParseError } from "../types.ts";
import { validateInput } from "./validate.ts";

function errorOf(input: unknown, options = {}): ParseError {
  try {
    parseArticle(input as string, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  }
  throw new Error("expected a ParseError");
}

describe("garbage in", () => {
  it("rejects empty and whitespace-only input", () => {
    expect(errorOf("").code).toBe("EMPTY_INPUT");
    expect(errorOf(" \n\t\r\n \u00a0\u200b ").code).toBe("EMPTY_INPUT");
    expect(errorOf("\ufeff").code).toBe("EMPTY_INPUT");
  });

  it("rejects binary bytes", () => {
    expect(errorOf("PK\u0003\u0004\u0000\u0000abc").code).toBe("BINARY_INPUT");
    const noise = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 32)).join(
      "",
    );
    expect(errorOf(`${noise}Hello`).code).toBe("BINARY_INPUT");
    expect(errorOf("\ufffd\ufffd\ufffd\ufffd\ufffd ok").code).toBe("BINARY_INPUT");
  });

  it("rejects a 5 MB input with a clear message", () => {
    const big = "All work and no play makes a dull article. ".repeat(125_000);
    const error = errorOf(big);
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toMatch(/5\.\d MB.*limit is 2\.0 MB/);
  });

  it("counts the limit in UTF-8 bytes and lets callers raise it", () => {
    const wide = "é".repeat(600_000); // 1.2 MB of UTF-8 in 600k characters
    expect(errorOf(wide, { maxBytes: 1_000_000 }).code).toBe("TOO_LARGE");
    const ok = parseArticle("A title\n\nA paragraph of text.", { maxBytes: 100 });
    expect(ok.article.paragraphs).toHaveLength(1);
  });

  it("rejects what is not a string, and unknown formats", () => {
    expect(errorOf(42).code).toBe("INVALID_INPUT");
    expect(errorOf(null).code).toBe("INVALID_INPUT");
    expect(errorOf("Some text", { format: "pdf" }).message).toMatch(/Unknown format "pdf"/);
  });

  it("strips a byte-order mark so that offsets refer to the text", () => {
    const parsed = parseArticle("\ufeffThe title\n\nThe body says something.");
    expect(parsed.text.startsWith("The title")).toBe(true);
    expect(parsed.article.title).toBe("The title");
  });

  it("keeps a few stray control characters as text", () => {
    const parsed = parseArticle("Title\n\nA body \u0007with a bell and a form feed\f in it.");
    expect(parsed.article.paragraphs).toHaveLength(1);
  });

  it("flags text that is not English", () => {
    const fr =
      "Le gouvernement a annoncé mardi que les élections auront lieu en mars. Le président de la République a dit que ce n'est pas le moment.";
    const parsed = parseArticle(`Titre\n\n${fr}`);
    expect(parsed.article.language).toBe("fr");
    expect(parsed.warnings.join(" ")).toMatch(/not English/);
    expect(parsed.people).toEqual([]);
    expect(
      parseArticle("Заголовок\n\nПрезидент заявил во вторник, что выборы пройдут в марте.").article
        .language,
    ).toBe("ru");
  });
});

describe("lone surrogates", () => {
  it("replaces them with U+FFFD, keeping the length and real pairs", () => {
    const text = "Café \ud83d\ude00 said \ud800 and \udc00 here, in a sentence of plain words.";
    const out = validateInput(text);
    expect(out).toHaveLength(text.length);
    expect(out).toContain("\ud83d\ude00");
    expect(out).toBe(text.replace("\ud800", "\ufffd").replace("\udc00", "\ufffd"));
  });
});
