import { describe, expect, it } from "vitest";
import { ParseError } from "../types.ts";
import { decodeText } from "./decode.ts";

const enc = new TextEncoder();

describe("decodeText", () => {
  it("decodes valid UTF-8, including four-byte characters", () => {
    const s = "Zelenskyy said “now” — 😀 Привет";
    expect(decodeText(enc.encode(s))).toBe(s);
  });

  it("rejects invalid UTF-8 with the offset of the first bad byte", () => {
    const latin1 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]); // "Café ok" in Latin-1
    expect(() => decodeText(latin1)).toThrow(ParseError);
    expect(() => decodeText(latin1)).toThrow(/byte 0xe9 at offset 3/);
    expect(() => decodeText(Uint8Array.from([0xc0, 0xaf]))).toThrow(/offset 0/); // overlong
    expect(() => decodeText(Uint8Array.from([0xed, 0xa0, 0x80]))).toThrow(/offset 0/); // surrogate
    expect(() => decodeText(Uint8Array.from([0x61, 0xe2, 0x82]))).toThrow(/offset 1/); // truncated
  });

  it("leaves bytes with NUL to the parser, which calls them binary", () => {
    expect(decodeText(Uint8Array.from([0x50, 0x4b, 0, 0xff]))).toContain("\u0000");
  });
});
