/**
 * The staff console's entry (served by the collector at /staff/ to a signed-in person only). Everything it shows is
 * read from the staff JSON API after it starts, so the page itself holds no patient's words.
 */
import './app/console-app.js';

document.body.append(document.createElement('pf-staff-console'));
