// A practice's page for browser tests of the built embed (dist/, so `npm run build` first; `npm test` does),
// served under a strict Content-Security-Policy (no inline script or style, nothing from elsewhere):
//   GET /embed-page/<build>.html?endpoint=…&lang=…   build: `classic` (dist/patient-feedback.iife.js), `module`
//       (dist/patient-feedback.js: the page is in another folder than the script, so its parts are found beside the
//       script), `module-without-parts` (the module script copied alone: its patient-feedback/ folder is missing)
//       or `module-slow-parts` (its parts beside it, each answered after SLOW_PART_MS: a slow phone network);
//       `&easyread=1` gives the element `easy-read`
import { readFile } from 'node:fs/promises';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "base-uri 'none'; form-action 'none'";

const SCRIPTS = {
  classic: '<script src="/dist/patient-feedback.iife.js" defer></script>',
  module: '<script type="module" src="/dist/patient-feedback.js"></script>',
  'module-without-parts': '<script type="module" src="/embed-page/js/patient-feedback.js"></script>',
  'module-slow-parts': '<script type="module" src="/embed-page/slow/patient-feedback.js"></script>',
};

const SLOW_PART_MS = 600;

const attribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export async function embedPages(ctx, next) {
  if (!ctx.path.startsWith('/embed-page/')) return next();
  ctx.set('Content-Security-Policy', CSP);
  const page = /^\/embed-page\/([\w-]+)\.html$/.exec(ctx.path);
  if (page && SCRIPTS[page[1]]) {
    const endpoint = attribute(String(ctx.query.endpoint ?? ''));
    const lang = attribute(String(ctx.query.lang ?? 'en'));
    const easyRead = ctx.query.easyread === '1' ? ' easy-read' : '';
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>A practice</title>
${SCRIPTS[page[1]]}</head><body><h1>Riverside Family Dental</h1>
<pf-first-impression endpoint="${endpoint}" practice="Riverside Family Dental"${easyRead}></pf-first-impression></body></html>`;
    return;
  }
  if (ctx.path === '/embed-page/slow/patient-feedback.js') {
    ctx.type = 'text/javascript; charset=utf-8';
    ctx.body = await readFile('dist/patient-feedback.js');
    return;
  }
  const slowPart = /^\/embed-page\/slow\/patient-feedback\/([\w.-]+\.js)$/.exec(ctx.path);
  if (slowPart) {
    await new Promise((resolve) => setTimeout(resolve, SLOW_PART_MS));
    ctx.type = 'text/javascript; charset=utf-8';
    ctx.body = await readFile(`dist/patient-feedback/${slowPart[1]}`);
    return;
  }
  if (ctx.path === '/embed-page/js/patient-feedback.js') {
    ctx.type = 'text/javascript; charset=utf-8';
    ctx.body = await readFile('dist/patient-feedback.js');
    return;
  }
  ctx.status = 404;
}
