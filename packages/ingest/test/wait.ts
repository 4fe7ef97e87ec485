/** Waits until `check` resolves truthy (polling every 250 ms), or fails with `what` after `ms`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T>,
  ms = 60_000,
): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`Timed out after ${ms / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
