// A practice's page for browser tests of the built embed (dist/, so `npm run build` first; `npm test` does),
// served under a strict Content-Security-Policy (no inline script or style, nothing from elsewhere):
//   GET /embed-page/<build>.html?endpoint=…&lang=…   build: `classic` (dist/patient-feedback.iife.js), `module`
//       (dist/patient-feedback.js: the page is in another folder than the script, so its parts are found beside the
//       script) or `module-without-parts` (the module script copied alone: its patient-feedback/ folder is missing)
import { readFile } from 'node:fs/promises';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "base-uri 'none'; form-action 'none'";

const SCRIPTS = {
  classic: '<script src="/dist/patient-feedback.iife.js" defer></script>',
  module: '<script type="module" src="/dist/patient-feedback.js"></script>',
  'module-without-parts': '<script type="module" src="/embed-page/js/patient-feedback.js"></script>',
};

const attribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export async function embedPages(ctx, next) {
  if (!ctx.path.startsWith('/embed-page/')) return next();
  ctx.set('Content-Security-Policy', CSP);
  const page = /^\/embed-page\/([\w-]+)\.html$/.exec(ctx.path);
  if (page && SCRIPTS[page[1]]) {
    const endpoint = attribute(String(ctx.query.endpoint ?? ''));
    const lang = attribute(String(ctx.query.lang ?? 'en'));
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>A practice</title>
${SCRIPTS[page[1]]}</head><body><h1>Riverside Family Dental</h1>
<pf-first-impression endpoint="${endpoint}" practice="Riverside Family Dental"></pf-first-impression></body></html>`;
    return;
  }
  if (ctx.path === '/embed-page/js/patient-feedback.js') {
    ctx.type = 'text/javascript; charset=utf-8';
    ctx.body = await readFile('dist/patient-feedback.js');
    return;
  }
  ctx.status = 404;
}
