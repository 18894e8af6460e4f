/** Every screen element of the console, defined once (the frame renders them by tag: app/screen-outlet.ts). */
import './inbox-screen.js';
import './cases-screen.js';
import './submission-screen.js';
import './exports-screen.js';
import './results-screen.js';
import './clocks-screen.js';
import './surveys-screen.js';
import './tablets-screen.js';
import './webhooks-screen.js';
import './elsewhere-screen.js';
import './alerts-screen.js';
import './accounts-screen.js';
import './audit-screen.js';
import './settings-screen.js';
import './sessions-screen.js';
import './practices-screen.js';
