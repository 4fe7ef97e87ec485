import { copyToSize, withoutSecondaryIndexes } from "@whosaid/api/bench";
import { openDatabase } from "@whosaid/db";
const url = process.argv[2]; const target = Number(process.argv[3]);
const db = await openDatabase({ url });
const t0 = performance.now();
const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles");
const n0 = rows[0].n; const half = Math.ceil((target - n0) / 2);
let last = performance.now();
const log = (tag: string) => (n: number) => { const now = performance.now(); console.log(tag, n, ((now-t0)/1000).toFixed(0), "s", (10000/((now-last)/1000)).toFixed(0), "art/s"); last = now; };
await withoutSecondaryIndexes(db, async () => {
  await Promise.all([
    copyToSize(db, n0 + half, 10000, log("a"), { bulk: true, seed: 0 }),
    copyToSize(db, n0 + (target - n0 - half), 10000, log("b"), { bulk: true, seed: 7777 }),
  ]);
  console.log("copied", ((performance.now()-t0)/1000).toFixed(0));
});
console.log("indexed, done", ((performance.now()-t0)/1000).toFixed(0));
await db.close();
