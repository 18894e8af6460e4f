// `npm run build`: every output docs/architecture.md ("Build outputs") promises, into dist/.
//   dist/patient-feedback.js        ES module that defines every element
//   dist/patient-feedback.iife.js   classic <script>, same
//   dist/types/                     type declarations
//   custom-elements.json            the elements' API, read from the class comments
//   dist/demo/  dist/kiosk/         the sample practice site and the waiting-room kiosk (relative paths)
//   dist/collector/main.js          the reference endpoint that `npm start` runs
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'vite';

// Build beside dist/ and swap at the end: a running `npm start` keeps serving the last good build if this one fails.
const finalDir = 'dist';
const outDir = `dist.building-${process.pid}`;
rmSync(outDir, { recursive: true, force: true });
process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));

async function library(format, fileName) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2021',
      minify: true,
      sourcemap: false,
      lib: { entry: 'src/index.ts', formats: [format], name: 'PatientFeedback', fileName: () => fileName },
      // Vite keeps whitespace in library ES output; every byte ships to a patient's phone, so minify it fully.
      rollupOptions: { output: { minify: true } },
    },
  });
}

function npx(args) {
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npx ${args.join(' ')} failed`);
}

await library('es', 'patient-feedback.js');
await library('iife', 'patient-feedback.iife.js');
npx(['tsc', '-p', 'tsconfig.build.json', '--outDir', `${outDir}/types`]);
npx(['cem', 'analyze', '--globs', 'src/elements/**/*.ts', '--exclude', 'src/**/*.test.ts', '--litelement', '--quiet']);

cpSync('demo', `${outDir}/demo`, { recursive: true });

if (existsSync('scripts/build-kiosk.mjs')) {
  const { buildKiosk } = await import('./build-kiosk.mjs');
  await buildKiosk({ outDir: `${outDir}/kiosk` });
}

if (existsSync('collector/main.ts')) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: `${outDir}/collector`,
      emptyOutDir: true,
      ssr: 'collector/main.ts',
      target: 'node20',
      minify: false,
      rollupOptions: {
        external: ['better-sqlite3', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
        output: { entryFileNames: 'main.js', format: 'es' },
      },
    },
  });
}

rmSync(finalDir, { recursive: true, force: true });
renameSync(outDir, finalDir);
console.log(
  'Built dist/: patient-feedback.js, patient-feedback.iife.js, types/, demo/, kiosk/, collector/; custom-elements.json',
);
