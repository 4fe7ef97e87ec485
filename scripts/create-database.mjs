// Run by start.mjs (node --import tsx): creates the embedded database in WHOSAID_DATA_DIR and
// runs the migrations, then exits, giving back the memory PGlite took to do it.
import { openDatabase } from "../packages/db/src/index.ts";

const db = await openDatabase({ dataDir: process.env.WHOSAID_DATA_DIR });
await db.close();
