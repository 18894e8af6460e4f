/**
 * Service worker and updates (workbox-window). The service worker precaches the whole app, so the kiosk starts
 * with no network. When a new version is installed it waits; it takes over only while the start screen shows, so no
 * patient ever loses answers to an update. Then the page reloads into the new version.
 */
import { Workbox } from 'workbox-window';

interface KioskLike extends EventTarget {
  readonly patientPresent: boolean;
}

export function watchForUpdates(app: KioskLike, scriptUrl = './sw.js'): Workbox | undefined {
  if (!('serviceWorker' in navigator)) return undefined;
  const wb = new Workbox(scriptUrl);
  let waiting = false;

  const applyWhenFree = (): void => {
    if (waiting && !app.patientPresent) {
      waiting = false;
      wb.messageSkipWaiting();
    }
  };

  wb.addEventListener('waiting', () => {
    waiting = true;
    applyWhenFree();
  });
  // Only an update (not the first install) reloads; by now the start screen is showing.
  wb.addEventListener('controlling', (e) => {
    if (e.isUpdate) location.reload();
  });
  app.addEventListener('pf-kiosk-start', applyWhenFree);

  wb.register().catch((error: unknown) => {
    // Without a service worker the kiosk still runs; it just cannot start offline.
    console.error(
      'patient-feedback kiosk: the service worker could not be registered, so the kiosk will not start offline.',
      error,
    );
  });
  return wb;
}
