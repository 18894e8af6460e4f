/**
 * The kiosk page's entry: take the provisioning URL's settings (and clear them from the address bar) before the app
 * reads them, then start the app and the service-worker update flow.
 */
import { provisionFromUrl } from './settings.js';
import { watchForUpdates } from './update.js';
import './kiosk-app.js';

// The app reads the settings when it is created, so it is created here, after provisioning (not in index.html).
provisionFromUrl();

const app = document.body.appendChild(document.createElement('pf-kiosk'));
watchForUpdates(app);
