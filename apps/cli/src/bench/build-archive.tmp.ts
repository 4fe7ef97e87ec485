import { openDatabase } from "@whosaid/db";
import { buildArchive } from "./serving-archive.ts";

const db = await openDatabase({ url: process.argv[2] });
console.log(new Date().toISOString(), "start");
console.log(await buildArchive(db, Number(process.argv[3])));
console.log(new Date().toISOString(), "done");
await db.close();
