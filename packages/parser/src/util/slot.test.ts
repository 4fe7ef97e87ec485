import { describe, expect, it } from "vitest";
import { slot } from "./slot.ts";

describe("slot", () => {
  it("keeps a value per object, like a WeakMap", () => {
    const s = slot<string[], number>("test");
    const a = ["x"];
    const b = ["x"];
    expect(s.get(a)).toBeUndefined();
    s.set(a, 1);
    s.set(b, 2);
    s.set(a, 3);
    expect(s.get(a)).toBe(3);
    expect(s.get(b)).toBe(2);
  });

  it("leaves the object's keys, JSON and equality as they were", () => {
    const s = slot<{ n: number }[], string>("test");
    const list = [{ n: 1 }];
    s.set(list, "cached");
    expect(Object.keys(list)).toEqual(["0"]);
    expect(JSON.stringify(list)).toBe('[{"n":1}]');
    expect(list).toStrictEqual([{ n: 1 }]);
  });
});
