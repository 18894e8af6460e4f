// `npm start`: the collector serving dist/. Builds first only when what dist/ is built from has changed since the
// last build (scripts/build-inputs.mjs), so a restart with nothing changed takes about a second, not a build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inputsFingerprint, readStamp } from './build-inputs.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = resolve(root, 'dist');
const entry = resolve(dist, 'collector/main.js');

const stamp = readStamp(dist);
if (stamp?.inputs === inputsFingerprint(root) && existsSync(entry)) {
  console.log(`Using the existing build in dist/ (built ${stamp.builtAt}; nothing it is built from has changed).`);
} else {
  console.log(
    stamp ? 'The sources changed since the last build: building dist/ …' : 'No build in dist/ yet: building …',
  );
  const build = spawnSync(process.execPath, [resolve(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed, so the collector was not started (see above).');
    process.exit(1);
  }
}

// In this process: one process for a service manager to watch and signal, and no second Node start-up.
await import(pathToFileURL(entry).href);
