/**
 * The built site, from STATIC_DIR (dist/): the demo practice website, the kiosk, the staff console's assets
 * (staff/assets/: its page is staff only, staff-console.ts) and the embed scripts with the module script's parts
 * folder (patient-feedback/) — nothing else of dist/ (not the collector's own code, not the type declarations).
 * Paths are resolved inside their folder: `..`, encoded slashes, NUL and dot-files are refused.
 *
 * Caching: a file whose name carries Vite's content hash never changes (a year, immutable); the embed scripts
 * revalidate with an ETag after five minutes unless the URL names this version (`?v=<version>`); pages and the
 * service worker revalidate every time, so an update reaches a kiosk and a stale page never outlives it. Text is
 * compressed (brotli or gzip, as the browser accepts).
 */
import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { refuse } from '../errors.js';
import { pageHeaders, publicScriptHeaders, staffPageHeaders } from '../security-headers.js';

export interface StaticOptions {
  root: string;
  /** This build's version (package.json): `?v=<version>` on an embed script makes it immutable. */
  version: string;
  https: boolean;
}

/** Folders of dist/ served as they are. */
export const SITE_FOLDERS = ['demo', 'kiosk'] as const;
export const EMBED_SCRIPTS = [
  'patient-feedback.js',
  'patient-feedback.iife.js',
  'patient-feedback-definitions.js',
] as const;
/** The module script's parts (Vite-hashed names), fetched by it from beside itself after the first question. */
export const EMBED_PARTS = 'patient-feedback';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const EMBED_FRESH = 'public, max-age=300';
const REVALIDATE = 'no-cache';

/** The staff console's files: code and styles only (no patient data), each name carrying its content's hash. */
export const STAFF_ASSETS = 'staff/assets';

/** Vite's output: assets/<name>-<hash>.<ext>, and workbox-<hash>.js beside the service worker. */
function isHashed(path: string): boolean {
  return /\/assets\/[^/]+-[\w-]{8}\.\w+$/.test(path) || /\/workbox-[0-9a-f]{8}\.js$/.test(path);
}

/** The path of a URL path's file relative to `root`, or undefined when the path tries to leave it. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return undefined;
  const base = resolve(root);
  const file = resolve(base, ...segments);
  return file === base || file.startsWith(base + sep) ? file.slice(base.length + 1) : undefined;
}

const COMPRESS = { encodings: ['br', 'gzip'] as ('br' | 'gzip')[] };

/** RFC 9239 names JavaScript text/javascript; the mime table @fastify/send uses still says application/. */
function javascriptType(
  _request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  done: (e: null, p: unknown) => void,
) {
  if (String(reply.getHeader('content-type')).startsWith('application/javascript')) {
    reply.header('Content-Type', 'text/javascript; charset=utf-8');
  }
  done(null, payload);
}

export async function staticRoutes(app: FastifyInstance, options: StaticOptions): Promise<void> {
  await app.register(fastifyStatic, { root: options.root, serve: false });
  const pages = pageHeaders(options.https);

  async function sendFromSite(request: FastifyRequest, reply: FastifyReply) {
    const path = request.url.split('?')[0] ?? '/';
    let file = resolveInside(options.root, path);
    if (file === undefined) throw refuse.notFound();
    let info = await stat(resolve(options.root, file)).catch(() => undefined);
    if (info?.isDirectory()) {
      // `/kiosk` → `/kiosk/`, so the page's relative asset paths resolve inside its folder.
      if (!path.endsWith('/')) return reply.redirect(`${path}/`, 302);
      file = `${file}/index.html`;
      info = await stat(resolve(options.root, file)).catch(() => undefined);
    }
    if (!info?.isFile()) throw refuse.notFound();
    reply.header('Cache-Control', isHashed(path) ? IMMUTABLE : REVALIDATE);
    return reply.sendFile(file, { cacheControl: false });
  }

  app.get('/', { helmet: pages }, (_request, reply) => reply.redirect('/demo/', 302));
  for (const folder of SITE_FOLDERS) {
    app.get(`/${folder}`, { helmet: pages }, (_request, reply) => reply.redirect(`/${folder}/`, 302));
    app.get(`/${folder}/*`, { helmet: pages, compress: COMPRESS, onSend: javascriptType }, sendFromSite);
  }

  app.get(
    `/${STAFF_ASSETS}/*`,
    { helmet: staffPageHeaders(options.https), compress: COMPRESS, onSend: javascriptType },
    async (request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      const file = resolveInside(options.root, path);
      if (file === undefined || !isHashed(path)) throw refuse.notFound();
      const info = await stat(resolve(options.root, file)).catch(() => undefined);
      if (!info?.isFile()) throw refuse.notFound();
      reply.header('Cache-Control', IMMUTABLE);
      return reply.sendFile(file, { cacheControl: false });
    },
  );

  for (const script of EMBED_SCRIPTS) {
    app.get<{ Querystring: { v?: string } }>(
      `/${script}`,
      { helmet: publicScriptHeaders(options.https), compress: COMPRESS, onSend: javascriptType },
      (request, reply) => {
        // Any practice website may load it: public code, no credentials, nothing to protect from other origins.
        reply.header('Access-Control-Allow-Origin', '*');
        reply.header('Cache-Control', request.query.v === options.version ? IMMUTABLE : EMBED_FRESH);
        return reply.sendFile(script, { cacheControl: false });
      },
    );
  }

  app.get(
    `/${EMBED_PARTS}/*`,
    { helmet: publicScriptHeaders(options.https), compress: COMPRESS, onSend: javascriptType },
    async (request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      const file = resolveInside(options.root, path);
      if (file === undefined || !file.endsWith('.js')) throw refuse.notFound();
      const info = await stat(resolve(options.root, file)).catch(() => undefined);
      if (!info?.isFile()) throw refuse.notFound();
      reply.header('Access-Control-Allow-Origin', '*');
      // Each name carries its content's hash: a new build is a new name.
      reply.header('Cache-Control', IMMUTABLE);
      return reply.sendFile(file, { cacheControl: false });
    },
  );
}
