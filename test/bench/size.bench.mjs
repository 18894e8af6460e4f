// Embed size: dist/patient-feedback.{iife,}.js next to a one-element Lit bundle built the same way (the floor).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { kb } from './lib.mjs';

/**
 * Builds the one-element Lit floor exactly like the embed: the embed's own modes of vite.config.ts (same target,
 * minifier and template minifier), with only the entry swapped. Returns { es, iife } paths.
 */
export async function buildFloor() {
  const dir = mkdtempSync(join(tmpdir(), 'pf-floor-'));
  const out = {};
  for (const [format, name] of [
    ['es', 'floor.js'],
    ['iife', 'floor.iife.js'],
  ]) {
    await build({
      configFile: 'vite.config.ts',
      mode: format === 'es' ? 'embed-es' : 'embed-iife',
      logLevel: 'silent',
      build: {
        outDir: join(dir, 'out'),
        lib: { entry: 'test/bench/floor/hello-practice.js', name: 'Floor', fileName: () => name },
      },
    });
    out[format] = join(dir, 'out', name);
  }
  return out;
}

function sizes(file) {
  const raw = readFileSync(file);
  return {
    min: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export async function run() {
  const floor = await buildFloor();
  const rows = [
    ['IIFE  dist/patient-feedback.iife.js', sizes('dist/patient-feedback.iife.js'), sizes(floor.iife)],
    ['ESM   dist/patient-feedback.js', sizes('dist/patient-feedback.js'), sizes(floor.es)],
  ];
  console.log('\nEmbed size (minified / gzip -9 / brotli -11), floor = one-element Lit bundle built the same way');
  for (const [label, ours, base] of rows) {
    console.log(`  ${label}: ${kb(ours.min)} / ${kb(ours.gzip)} / ${kb(ours.brotli)}`);
    console.log(
      `    floor: ${kb(base.min)} / ${kb(base.gzip)} / ${kb(base.brotli)}   ratio (brotli): ${(ours.brotli / base.brotli).toFixed(2)}×`,
    );
  }
  const iife = rows[0][1].brotli;
  console.log(`  budget: IIFE ≤ 16.0 KB brotli → ${kb(iife)} (${iife <= 16 * 1024 ? 'within' : 'OVER'} budget)`);
  return floor;
}
