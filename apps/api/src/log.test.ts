import { describe, expect, it } from "vitest";
import { formatLog, MAX_LOG_LINE } from "./log.ts";

describe("bounded log lines", () => {
  it("cuts a driver error carrying megabytes of parameters to one short line", () => {
    const huge = "war ".repeat(1_000_000);
    const error = Object.assign(new Error(`invalid input "${huge}"`), {
      code: "22021",
      query: `SELECT … WHERE q.text @@ $1`,
      params: [huge],
    });
    const line = formatLog([error]);
    expect(line.length).toBeLessThanOrEqual(MAX_LOG_LINE + 40);
    expect(line).toMatch(/^Error \[22021\]: invalid input "war war/);
    expect(line).not.toContain("params");
  });

  it("cuts strings and objects too", () => {
    expect(formatLog(["x".repeat(100_000)]).length).toBeLessThan(2_000);
    expect(formatLog([{ variables: { search: "y".repeat(100_000) } }]).length).toBeLessThan(2_000);
  });
});
