/**
 * Waits for something a test cannot await directly: a screen to fill in, a message to arrive, the endpoint to have
 * stored a submission. `check` may be async and may throw while the page is not ready yet; the last error (or a
 * timeout naming `what`) is what the test reports.
 */
export async function waitFor<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 8000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      if (performance.now() - start > timeoutMs) throw error;
    }
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    // Not requestAnimationFrame: it does not fire in a background tab.
    await new Promise((r) => setTimeout(r, 25));
  }
}
