/**
 * `npm run dev`: the URLs of the built site, answered from source. The demo pages load the embed the way a practice
 * website does (`<script src="../patient-feedback.iife.js">`); here that classic script imports the elements' source,
 * so an edit reaches the page through Vite's module graph. The kiosk's public files keep their built paths. The
 * staff console's addresses and files come from staff/; the rest of /staff/ is the collector's (dev-collector.ts).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { CONSOLE_SCREENS } from '../src/core/staff-api.js';

const ENTRY = '/src/index.ts';

// A classic script may use import(): the page keeps its one-line embed and still gets modules and reloads.
const scripts: Record<string, string> = {
  '/patient-feedback.iife.js': `import(${JSON.stringify(ENTRY)});\n`,
  '/patient-feedback.js': `export * from ${JSON.stringify(ENTRY)};\n`,
  // No precache while developing, so every edit is fetched fresh; the built kiosk gets Workbox's worker.
  '/kiosk/sw.js': `self.addEventListener('install', () => self.skipWaiting());\n`,
};

const redirects: Record<string, string> = { '/': '/demo/', '/demo': '/demo/', '/kiosk': '/kiosk/' };

/** Whether a URL path (still encoded) names a file inside `folder`; `..` never leaves it. */
function isPublicFile(folder: string, urlPath: string): boolean {
  try {
    const segments = decodeURIComponent(urlPath).split('/');
    return !segments.includes('..') && statSync(join(folder, ...segments)).isFile();
  } catch {
    return false;
  }
}

/** The console's own addresses (src/core/staff-api.ts; the collector serves its page at the same ones when built). */
const CONSOLE_ADDRESS = new RegExp(`^/staff/((${CONSOLE_SCREENS.join('|')})|submissions/[^/]+)?$`);

/**
 * Where the dev server finds a /staff/ URL in source: the console's page for one of its addresses, a file of staff/
 * (the page's relative `./main.ts` seen from /staff/submissions/<id> too); undefined for the collector's pages.
 */
export function consoleFromSource(root: string, url: string): string | undefined {
  const [path = '', query] = url.split('?');
  const file = path.replace(/^\/staff\/(submissions\/)?/, '');
  if (path.startsWith('/staff/') && isPublicFile(join(root, 'staff'), file)) {
    return `/staff/${file}${query === undefined ? '' : `?${query}`}`;
  }
  return CONSOLE_ADDRESS.test(path) ? '/staff/index.html' : undefined;
}

export function devRoutes(root: string): Plugin {
  const kioskPublic = join(root, 'kiosk/public');
  const routes: Connect.NextHandleFunction = (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const script = scripts[path];
    const target = redirects[path];
    if (script !== undefined) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(script);
    } else if (target !== undefined) {
      res.writeHead(302, { Location: target });
      res.end();
    } else if (path.startsWith('/kiosk/')) {
      const rest = path.slice('/kiosk/'.length);
      if (isPublicFile(kioskPublic, rest)) req.url = `/kiosk/public/${rest}`;
      next();
    } else {
      next();
    }
  };
  return {
    name: 'pf-dev-routes',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(routes);
    },
  };
}
