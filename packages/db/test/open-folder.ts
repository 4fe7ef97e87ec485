/** Test helper run as a separate process: opens a PGlite folder, says so, and holds it until killed. */
import { openDatabase } from "../src/index.ts";

const [dataDir, url] = process.argv.slice(2);
try {
  const db = await openDatabase({ dataDir, lock: { owner: url ? "api" : "test", url } });
  await db.query("SELECT 1");
  console.log("opened");
  setInterval(() => {}, 1000);
  process.on("SIGTERM", () => db.close().then(() => process.exit(0)));
} catch (error) {
  console.log(`${(error as Error).name}: ${(error as Error).message}`);
  process.exit(3);
}
