import { describe, expect, it } from "vitest";
import { fullNameKey, phoneticKey, surnameKey } from "./keys.ts";

describe("name keys", () => {
  it("give transliteration variants one key", () => {
    for (const group of [
      ["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi"],
      ["Zaluzhny", "Zaluzhnyi", "Zaluzhnyy"],
      ["Sergey", "Sergei"],
      ["Erdogan", "Erdoğan"],
      ["Valery", "Valerii"],
    ]) {
      expect(new Set(group.map(phoneticKey)).size).toBe(1);
    }
  });

  it("keep different names apart", () => {
    expect(phoneticKey("Menon")).not.toBe(phoneticKey("Milley"));
    expect(phoneticKey("Giles")).not.toBe(phoneticKey("Gilles".slice(0, 3)));
  });

  it("ignore middle initials and particles in full-name keys", () => {
    expect(fullNameKey("Mark A. Milley")).toBe(fullNameKey("Mark Milley"));
    expect(surnameKey("Ursula von der Leyen")).toBe(phoneticKey("Leyen"));
  });
});
