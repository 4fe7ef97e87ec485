import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./errors.ts";
import { openDatabase } from "./open.ts";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it("recognises a closed PGlite and a refused PostgreSQL connection", async () => {
    const pglite = await openDatabase({ memory: true });
    await pglite.close();
    const closed = await pglite.query("SELECT 1").catch((e: unknown) => e);
    expect(isDatabaseUnavailable(closed)).toBe(true);
    const pg = await openDatabase({ url: "postgres://whosaid@127.0.0.1:1/none", migrate: false });
    const refused = await pg.query("SELECT 1").catch((e: unknown) => e);
    await pg.close();
    expect(isDatabaseUnavailable(refused)).toBe(true);
  }, 60_000); // opening PGlite takes long on a loaded machine

  it("tells server shutdowns from statement errors by SQLSTATE", () => {
    expect(isDatabaseUnavailable(withCode("terminating connection", "57P01"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("connection failure", "08006"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("too many clients", "53300"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("date/time field value out of range", "22008"))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(withCode("syntax error", "42601"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable("a string")).toBe(false);
  });
});
