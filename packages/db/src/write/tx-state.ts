import type { Queryable } from "../types.ts";

/**
 * What one transaction has already done, so that a batch does it once: the identity lock taken,
 * publisher ids looked up. A rolled-back savepoint undoes both, so it must call {@link forgetTxState}.
 */
export const peopleLocked = new WeakSet<Queryable>();
export const sourceIds = new WeakMap<Queryable, Map<string, string>>();

/** Forgets a transaction's state after a ROLLBACK TO SAVEPOINT. */
export function forgetTxState(tx: Queryable): void {
  peopleLocked.delete(tx);
  sourceIds.delete(tx);
}
