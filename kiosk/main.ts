/**
 * The kiosk page's entry: take the provisioning URL's settings (and clear them from the address bar) before the app
 * reads them, then start the app and the service-worker update flow.
 */
import { provisionFromUrl } from './settings.js';
import { watchForUpdates } from './update.js';
import './kiosk-app.js';

provisionFromUrl();

const app = document.querySelector('pf-kiosk') ?? document.body.appendChild(document.createElement('pf-kiosk'));
watchForUpdates(app);
