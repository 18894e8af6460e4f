/**
 * Keeps the tablet's screen on while the kiosk runs (Screen Wake Lock API). The browser drops the lock whenever the
 * page is hidden (screen off, app switched), so it is asked for again each time the page becomes visible.
 * Where the API is missing or refused (low battery, no permission) the kiosk still works; the screen may just dim.
 */
export class ScreenKeeper {
  private sentinel: WakeLockSentinel | undefined;
  private wanted = false;

  /** Whether the screen is being kept on right now (shown to staff). */
  get held(): boolean {
    return this.sentinel !== undefined && !this.sentinel.released;
  }

  async keepOn(): Promise<void> {
    if (!this.wanted) {
      this.wanted = true;
      document.addEventListener('visibilitychange', this.onVisibility);
    }
    await this.acquire();
  }

  async allowOff(): Promise<void> {
    this.wanted = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    const sentinel = this.sentinel;
    this.sentinel = undefined;
    await sentinel?.release().catch(() => undefined);
  }

  private onVisibility = (): void => {
    if (this.wanted && document.visibilityState === 'visible') void this.acquire();
  };

  private async acquire(): Promise<void> {
    if (!('wakeLock' in navigator) || document.visibilityState !== 'visible' || this.held) return;
    try {
      this.sentinel = await navigator.wakeLock.request('screen');
    } catch {
      // Refused (battery saver, policy): not worth troubling a patient about.
      this.sentinel = undefined;
    }
  }
}
