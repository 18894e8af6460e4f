// Embed size: what a patient's phone downloads, next to a one-element Lit bundle built the same way (the floor).
//   classic script   dist/patient-feedback.iife.js: one file, every part inside
//   module script    dist/patient-feedback.js before the first question (with any file it imports statically), and
//                    the whole module build (with every part in dist/patient-feedback/, fetched later)
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

function sizes(files) {
  const total = { min: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const raw = readFileSync(file);
    total.min += raw.length;
    total.gzip += gzipSync(raw, { level: 9 }).length;
    total.brotli += brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return total;
}

/** A module and every file it imports statically: what the browser must have before the module runs. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Minified output: `import{a as b}from"./x.js"` or `import"./x.js"`; dynamic `import("./x.js")` is not followed.
  for (const [, spec] of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g))
    if (spec.startsWith('.')) staticClosure(join(dirname(file), spec), seen);
  return seen;
}

export async function run() {
  const floor = await buildFloor();
  const parts = readdirSync('dist/patient-feedback').map((f) => join('dist/patient-feedback', f));
  const first = [...staticClosure('dist/patient-feedback.js')];
  const rows = [
    ['classic script, whole   dist/patient-feedback.iife.js', sizes(['dist/patient-feedback.iife.js']), floor.iife],
    [`module, before the first question (${first.length} file${first.length > 1 ? 's' : ''})`, sizes(first), floor.es],
    [`module, whole bundle (1 + ${parts.length} parts)`, sizes(['dist/patient-feedback.js', ...parts]), floor.es],
  ];
  console.log('\nEmbed size (minified / gzip -9 / brotli -11), floor = one-element Lit bundle built the same way');
  for (const [label, ours, floorFile] of rows) {
    const base = sizes([floorFile]);
    console.log(`  ${label}: ${kb(ours.min)} / ${kb(ours.gzip)} / ${kb(ours.brotli)}`);
    console.log(
      `    floor: ${kb(base.min)} / ${kb(base.gzip)} / ${kb(base.brotli)}   ratio (brotli): ${(ours.brotli / base.brotli).toFixed(2)}×`,
    );
  }
  // The budget is what a phone downloads before the first question. The module build is split to meet it; the
  // classic script is kept whole on purpose (issue 15 allows it: a site that can host only one file gets every
  // feature), so it is printed beside the budget, not against it.
  const firstBytes = rows[1][1].brotli;
  const verdict = firstBytes <= 16 * 1024 ? 'within' : 'OVER';
  console.log(
    `  budget: before the first question ≤ 16.0 KB brotli → module ${firstBytes} B (${kb(firstBytes)}, ${verdict} budget)`,
  );
  console.log(`  the classic script is one file by choice: ${kb(rows[0][1].brotli)} before its first question`);
  return floor;
}
