/**
 * The one Vite configuration. `npm run build` (scripts/build.mjs) builds each output by mode:
 *
 *   embed-es     dist/patient-feedback.js        ES module that defines every element
 *   embed-iife   dist/patient-feedback.iife.js   classic <script>, same
 *   kiosk        dist/kiosk/                     the waiting-room PWA (scripts/build-kiosk.mjs adds its service worker)
 *   staff        dist/staff/                     the staff console, served by the collector at /staff/
 *   collector    dist/collector/main.js          the reference endpoint, run by Node beside node_modules
 *
 * `npm run dev` (vite serve) serves demo/, kiosk/ and staff/ from source with hot reload and runs a collector from source
 * beside it (scripts/dev-collector.ts), reached through the proxy. See docs/architecture.md, "Build outputs".
 */
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { devCollector } from './scripts/dev-collector.js';
import { devRoutes } from './scripts/dev-routes.js';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';
import { oneFilePlugin } from './scripts/one-file.js';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The module build is split: `patient-feedback.js` holds what the first question needs, and the parts a patient needs
 * later (delivery, other languages, the recovery form, the definition checker) are files in `patient-feedback/`
 * beside it, fetched from there (src/elements/survey-form/parts.ts). The classic script stays one file with every
 * part inside.
 */
function embed(format: 'es' | 'iife', fileName: string): UserConfig {
  const split = format === 'es';
  return {
    root: here('.'),
    publicDir: false,
    // Lit's css`…` and html`…` are written to be read; every byte of them ships to a patient's phone.
    plugins: split ? [minifyTemplatesPlugin()] : [minifyTemplatesPlugin(), oneFilePlugin()],
    build: {
      outDir: here('dist'),
      emptyOutDir: false,
      target: 'es2021',
      minify: true,
      sourcemap: false,
      lib: { entry: here('src/index.ts'), formats: [format], name: 'PatientFeedback', fileName: () => fileName },
      // Vite keeps whitespace in library ES output; every byte ships to a patient's phone, so minify it fully.
      rollupOptions: {
        // The parts import what they share with the first question from patient-feedback.js itself, so the first
        // question needs one file (a library build would otherwise keep the entry's exports exact and add a chunk).
        preserveEntrySignatures: split ? 'allow-extension' : 'strict',
        output: { minify: true, chunkFileNames: 'patient-feedback/[name]-[hash].js' },
      },
    },
  };
}

/** `patient-feedback/definitions` (src/definitions.ts): one file of its own, for practices building on the surveys. */
function definitions(): UserConfig {
  const config = embed('es', 'patient-feedback-definitions.js');
  return { ...config, build: { ...config.build, lib: { ...config.build!.lib!, entry: here('src/definitions.ts') } } };
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(here('package.json'), 'utf8')) as { version: string }).version;
}

function kiosk(): UserConfig {
  return {
    root: here('kiosk'),
    // Relative asset paths: the built kiosk works from whatever folder serves it.
    base: './',
    publicDir: here('kiosk/public'),
    plugins: [minifyTemplatesPlugin()],
    // The version its health reports tell the collector (kiosk/app-version.ts).
    define: { __PF_VERSION__: JSON.stringify(packageVersion()) },
    build: {
      outDir: here('dist/kiosk'),
      emptyOutDir: true,
      target: 'es2022',
      // Everything as files (no data: URLs), so a strict Content-Security-Policy needs no exceptions.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      // The kiosk loads delivery and the recovery form up front (it must work offline from the first patient), so
      // the embed's lazy imports of them are plain imports here, as intended.
      rollupOptions: { input: here('kiosk/index.html'), checks: { ineffectiveDynamicImport: false } },
    },
  };
}

/**
 * The staff console: served only at /staff/ (the collector answers its page for every console address, e.g.
 * /staff/submissions/<id>), so its assets are named from there, not relative to the page.
 */
function staff(): UserConfig {
  return {
    root: here('staff'),
    base: '/staff/',
    publicDir: false,
    plugins: [minifyTemplatesPlugin()],
    build: {
      outDir: here('dist/staff'),
      emptyOutDir: true,
      target: 'es2022',
      // Everything as files (no data: URLs): the staff pages' Content-Security-Policy allows only this origin.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      rollupOptions: { input: here('staff/index.html') },
    },
  };
}

// Any bare import (an npm package, a Node built-in) stays an import: dist/collector/main.js runs beside
// node_modules, so a package the collector adds needs no change here, and native ones (better-sqlite3) still load.
const isPackageImport = (id: string): boolean => !id.startsWith('.') && !id.startsWith('\0') && !isAbsolute(id);

function collector(): UserConfig {
  return {
    root: here('.'),
    publicDir: false,
    build: {
      outDir: here('dist/collector'),
      emptyOutDir: true,
      ssr: here('collector/main.ts'),
      target: 'node20',
      minify: false,
      rollupOptions: { external: isPackageImport, output: { entryFileNames: 'main.js', format: 'es' } },
    },
  };
}

function dev(): UserConfig {
  return {
    root: here('.'),
    // Each folder's index.html at its own path (/demo/, /kiosk/), and a 404 for anything missing.
    appType: 'mpa',
    publicDir: false,
    plugins: [devRoutes(here('.')), devCollector(here('.'))],
    // Only the pages a person opens: do not crawl dist/ or test fixtures for dependencies.
    optimizeDeps: { entries: ['demo/*.html', 'kiosk/index.html', 'staff/index.html', 'src/index.ts'] },
    server: {
      watch: { ignored: ['**/data/**', '**/dist/**', '**/dist.building-*/**', '**/.test-results/**'] },
    },
  };
}

const builds: Record<string, () => UserConfig> = {
  'embed-es': () => embed('es', 'patient-feedback.js'),
  'embed-iife': () => embed('iife', 'patient-feedback.iife.js'),
  definitions,
  kiosk,
  staff,
  collector,
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return dev();
  const build = builds[mode];
  if (!build) throw new Error(`vite build needs --mode ${Object.keys(builds).join(' | ')} (got "${mode}")`);
  return { logLevel: 'warn', ...build() };
});
