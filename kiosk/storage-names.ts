/**
 * Names of everything the kiosk keeps (localStorage keys, its IndexedDB database). Production uses the plain names;
 * browser tests run several pages on one origin at once, so each test file picks its own namespace and the
 * pages never read each other's PIN or settings — the same idea as delivery's per-test `dbName`.
 */
let namespace = '';

export function useKioskNamespace(name: string): void {
  namespace = name ? `${name}:` : '';
}

/** `pf-kiosk:settings`, or `pf-kiosk:<namespace>:settings` under a test namespace. */
export function kioskKey(name: string): string {
  return `pf-kiosk:${namespace}${name}`;
}

export function kioskDbName(): string {
  return namespace ? `pf-kiosk:${namespace.slice(0, -1)}` : 'pf-kiosk';
}
