/**
 * Builds the waiting-room kiosk PWA: kiosk/index.html → dist/kiosk/ with vite (mode `kiosk` of vite.config.ts:
 * relative asset paths, so it works from any folder), then a Workbox service worker (dist/kiosk/sw.js) that precaches
 * every file so the kiosk starts with no network. Called by scripts/build.mjs; also runs alone: `node scripts/build-kiosk.mjs [outDir]`.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'vite';
import { generateSW } from 'workbox-build';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildKiosk({ outDir = path.join(root, 'dist/kiosk') } = {}) {
  // Vite resolves a relative outDir against its root (kiosk/), workbox against the working directory: make it one.
  outDir = path.resolve(outDir);
  await build({ configFile: path.join(root, 'vite.config.ts'), mode: 'kiosk', build: { outDir } });

  const { count, size, warnings } = await generateSW({
    swDest: path.join(outDir, 'sw.js'),
    globDirectory: outDir,
    globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
    // Provisioning parameters (?endpoint=…) must still find the precached page when offline.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    navigateFallback: 'index.html',
    // A new version waits (workbox-window's `waiting`) until no patient is mid-survey; kiosk/update.ts decides.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // The Workbox runtime as a file next to sw.js instead of a CDN: the tablet may be offline on first update.
    inlineWorkboxRuntime: false,
    sourcemap: false,
    mode: 'production',
  });
  for (const warning of warnings) console.warn(`kiosk service worker: ${warning}`);
  return { outDir, precached: count, precachedBytes: size };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  const result = await buildKiosk(outDir ? { outDir } : {});
  console.log(
    `kiosk: ${path.relative(process.cwd(), result.outDir)} (${result.precached} files precached, ${(result.precachedBytes / 1024).toFixed(1)} KiB)`,
  );
}
