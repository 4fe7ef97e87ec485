import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../test/testing.ts";
import type { Database } from "../types.ts";

/** The export's CSV cell as the API wrote it in JavaScript before migration 101 (the oracle). */
function csvCell(value: string | null): string {
  if (value == null) return "";
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const values = [
  null,
  "",
  "plain words",
  "=SUM(A1:A9)",
  "+1",
  "-5 degrees",
  "@handle",
  "\tindented",
  "\rcarriage",
  "a, b",
  'He said "no"',
  "line one\nline two",
  "=1,2",
  '-"quoted"',
  "ends with comma,",
  "Київ, «мир»",
];

for (const backend of await testDatabases()) {
  describe.skipIf(backend.skipReason !== null)(`csv_cell on ${backend.name}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await backend.open();
    });
    afterAll(() => db?.close());

    it("writes every cell as the JavaScript export did", async () => {
      const { rows } = await db.query<{ v: string | null; cell: string }>(
        "SELECT v, csv_cell(v) AS cell FROM unnest($1::text[]) WITH ORDINALITY u(v, i) ORDER BY i",
        [values],
      );
      expect(rows.map((r) => r.cell)).toEqual(values.map(csvCell));
    });
  });
}
