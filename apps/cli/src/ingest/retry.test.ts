import { describe, expect, it } from "vitest";
import { backoffMs, formatWait, SendGate, verdictOf } from "./retry.ts";

describe("retrying an API ingest", () => {
  it("retries rate limits after the wait the API names, and passing failures", () => {
    const base = { status: 200, message: "m" };
    expect(verdictOf({ ...base, code: "RATE_LIMITED", retryAfter: 3 })).toMatchObject({
      retry: "rate-limited",
      waitMs: 3000,
    });
    expect(verdictOf({ status: 429, message: "m", retryAfterHeader: "7" })).toMatchObject({
      retry: "rate-limited",
      waitMs: 7000,
    });
    expect(verdictOf({ ...base, code: "RATE_LIMITED" })).toMatchObject({ waitMs: null });
    for (const status of [502, 503, 504])
      expect(verdictOf({ status, message: "m" }).retry).toBe("unavailable");
    expect(verdictOf({ ...base, code: "SERVICE_UNAVAILABLE" }).retry).toBe("unavailable");
  });

  it("does not retry what would fail the same way again", () => {
    for (const code of ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "INTERNAL_SERVER_ERROR"])
      expect(verdictOf({ status: 200, code, message: "m" }).retry).toBeNull();
    expect(verdictOf({ status: 400, message: "m" }).retry).toBeNull();
    expect(verdictOf({ status: 413, message: "m" }).retry).toBeNull();
  });

  it("backs off exponentially, with jitter, up to a cap", () => {
    const policy = { maxAttempts: 10, baseMs: 500, capMs: 30_000 };
    expect(backoffMs(0, policy, () => 0)).toBe(250);
    expect(backoffMs(0, policy, () => 1)).toBe(500);
    expect(backoffMs(3, policy, () => 1)).toBe(4000);
    expect(backoffMs(20, policy, () => 1)).toBe(30_000);
    expect(backoffMs(20, policy, () => 0)).toBe(15_000);
  });

  it("pauses every sender together, and says so once per pause", async () => {
    const gate = new SendGate();
    expect(gate.pause(1500)).toBe(true);
    expect(gate.pause(1400)).toBe(false); // already paused that long
    const started = Date.now();
    await gate.pass();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(formatWait(2600)).toBe("3 s");
    expect(formatWait(65_000)).toBe("1 min 5 s");
  });
});
