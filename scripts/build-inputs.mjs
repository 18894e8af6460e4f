/**
 * What dist/ is built from, and the fingerprint of it that the build leaves in dist/ (the stamp). `npm start` builds
 * only when the fingerprint of today's files differs from the stamp, so a restart with nothing changed takes about a
 * second. The fingerprint is of contents, not times: a checkout or a copy that keeps the files keeps the build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Every file in these folders is an input (a README too: rebuilding for one costs seconds, missing a source costs a day). */
export const INPUT_FOLDERS = ['src', 'kiosk', 'staff', 'demo', 'collector'];
export const INPUT_FILES = [
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'scripts/build.mjs',
  'scripts/build-kiosk.mjs',
  'scripts/build-inputs.mjs',
  'scripts/minify-templates.ts',
  'custom-elements-manifest.config.mjs',
];
export const STAMP = '.build-stamp.json';

function filesIn(root, folder) {
  root = resolve(root);
  if (!existsSync(join(root, folder))) return [];
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1));
}

/** A SHA-256 over the names and contents of every input under `root`, in a fixed order. */
export function inputsFingerprint(root) {
  root = resolve(root);
  const files = [...INPUT_FOLDERS.flatMap((folder) => filesIn(root, folder)), ...INPUT_FILES]
    .filter((file) => existsSync(join(root, file)))
    .map((file) => file.split('\\').join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

export function writeStamp(distDir, fingerprint) {
  writeFileSync(
    join(distDir, STAMP),
    `${JSON.stringify({ inputs: fingerprint, builtAt: new Date().toISOString() })}\n`,
  );
}

/** The stamp of the build in `distDir`, or undefined when there is none (or it cannot be read). */
export function readStamp(distDir) {
  try {
    const stamp = JSON.parse(readFileSync(join(distDir, STAMP), 'utf8'));
    return typeof stamp?.inputs === 'string' ? stamp : undefined;
  } catch {
    return undefined;
  }
}
