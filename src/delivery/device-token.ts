/**
 * A waiting-room tablet's device token (from its setup link; docs/kiosk.md), sent with every submission as
 * `Authorization: Bearer pfd_…` so the collector knows the tablet — but only to the origin that gave it out, so a
 * tablet whose endpoint staff change to another server does not hand that server its token. A practice website
 * never sets one: its requests are exactly as before.
 */
let device: { token: string; origin: string } | undefined;

/** The kiosk tells delivery its token and the collector's origin it belongs to; empty token: none. */
export function useDeviceToken(token: string, origin: string): void {
  device = token ? { token, origin } : undefined;
}

/** The headers that identify this device to `url`: its token for the origin that gave it out, else none. */
export function deviceHeaders(url: string): Record<string, string> {
  if (!device) return {};
  try {
    return new URL(url).origin === device.origin ? { Authorization: `Bearer ${device.token}` } : {};
  } catch {
    return {};
  }
}
