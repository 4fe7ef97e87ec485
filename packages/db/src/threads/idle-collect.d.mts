/** When to collect (see idle-collect.mjs). */
export interface IdleCollectOptions {
  /** How often the thread looks (ms); it collects after two quiet looks in a row. */
  everyMs?: number;
  /** Event-loop utilisation below which a look counts as quiet. */
  quietBelow?: number;
  /** Collect only when the heap committed has grown this much since the last collection. */
  minGrowthMb?: number;
}

/**
 * Starts watching this thread (its event loop's utilisation and its heap) and runs one full
 * garbage collection once it has been quiet for two looks and its heap has grown since the last
 * one; returns a function that stops watching. The timer does not keep the thread alive.
 */
export function collectWhenIdle(options?: IdleCollectOptions): () => void;
