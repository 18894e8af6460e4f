// `npm run build`: every output docs/architecture.md ("Build outputs") promises, into dist/.
//   dist/patient-feedback.js        ES module that defines every element; the parts it fetches after the first
//   dist/patient-feedback/          question (delivery, other languages, the recovery form, the definition checker)
//   dist/patient-feedback.iife.js   classic <script>, same, one file with every part inside
//   dist/patient-feedback-definitions.js   `patient-feedback/definitions`: the built-in surveys and the checker
//   dist/types/                     type declarations
//   custom-elements.json            the elements' API, read from the class comments
//   dist/demo/  dist/kiosk/         the sample practice site and the waiting-room kiosk (relative paths)
//   dist/staff/                     the staff console (served by the collector at /staff/)
//   dist/collector/main.js          the reference endpoint that `npm start` runs
//   dist/.build-stamp.json          the fingerprint of what it was built from (scripts/build-inputs.mjs)
import { spawnSync } from 'node:child_process';
import { cpSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { inputsFingerprint, writeStamp } from './build-inputs.mjs';
import { buildKiosk } from './build-kiosk.mjs';

// Every Vite build reads the one configuration, vite.config.ts, and picks its output by mode.
const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

// Build beside dist/ and swap at the end: a running `npm start` keeps serving the last good build if this one fails.
const finalDir = 'dist';
const outDir = resolve(`dist.building-${process.pid}`);
rmSync(outDir, { recursive: true, force: true });
process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));
// Taken before building: a file saved during the build makes the stamp stale, so the next start builds again.
const fingerprint = inputsFingerprint(resolve('.'));

function vite(mode, out) {
  return build({ configFile, mode, build: { outDir: out } });
}

function npx(args) {
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npx ${args.join(' ')} failed`);
}

await vite('embed-es', outDir);
await vite('embed-iife', outDir);
await vite('definitions', outDir);
npx(['tsc', '-p', 'tsconfig.build.json', '--outDir', `${outDir}/types`]);
// What it reads and leaves out: custom-elements-manifest.config.mjs.
npx(['cem', 'analyze', '--quiet']);
cpSync('demo', `${outDir}/demo`, { recursive: true });
await buildKiosk({ outDir: `${outDir}/kiosk` });
await vite('staff', `${outDir}/staff`);
await vite('collector', `${outDir}/collector`);
writeStamp(outDir, fingerprint);

rmSync(finalDir, { recursive: true, force: true });
renameSync(outDir, finalDir);
console.log(
  'Built dist/: patient-feedback.js + patient-feedback/, patient-feedback.iife.js, patient-feedback-definitions.js, ' +
    'types/, demo/, kiosk/, staff/, collector/; custom-elements.json',
);
