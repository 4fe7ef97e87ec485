import { openDatabase } from "@whosaid/db";
const db = await openDatabase({ memory: true });
await db.close();
try { await db.query("SELECT 1"); } catch (e: any) { console.log("pglite", e.constructor.name, e.message, e.code); }
try { await db.transaction(async (tx) => tx.query("SELECT 1")); } catch (e: any) { console.log("pglite tx", e.constructor.name, e.message, e.code); }
const pg = await openDatabase({ url: "postgres://postgres@127.0.0.1:1/none", migrate: false } as any).catch((e) => { console.log("open", e.message, e.code); return null; });
if (pg) { try { await pg.query("SELECT 1"); } catch (e: any) { console.log("pg", e.constructor.name, e.message, e.code); } await pg.close(); }
