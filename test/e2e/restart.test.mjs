// `npm start` restarts on the build it has: in a copy of the project (so edits made elsewhere meanwhile cannot
// change what it sees), a start with nothing changed since the build says so, leaves dist/ untouched and serves;
// after a source changes, the next start builds again and serves the change. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { INPUT_FILES, INPUT_FOLDERS, STAMP } from '../../scripts/build-inputs.mjs';

const repo = resolve(import.meta.dirname, '../..');
let project;
let dataDir;

function freePort() {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Runs `npm start`'s script in the copy until the collector listens; returns what it printed, then stops it. */
async function startOnce(check) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: project,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  const exited = new Promise((done) => child.on('exit', done));
  try {
    await new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no collector within 120 s:\n${output}`)), 120000);
      child.stdout.on('data', () => {
        if (/data {6}\S/.test(output)) {
          clearTimeout(timer);
          done();
        }
      });
      void exited.then((code) => fail(new Error(`start exited with ${code}:\n${output}`)));
    });
    const seconds = (performance.now() - started) / 1000;
    await check({ output, base: `http://localhost:${port}`, seconds });
    return { output, seconds };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const stampOf = () => readFileSync(join(project, 'dist', STAMP), 'utf8');
const builtAt = (file) => statSync(join(project, 'dist', file)).mtimeMs;

before(() => {
  project = mkdtempSync(join(tmpdir(), 'pf-restart-'));
  dataDir = join(project, 'practice-data');
  for (const path of [...INPUT_FOLDERS, ...INPUT_FILES, 'scripts', 'dist']) {
    cpSync(join(repo, path), join(project, path), { recursive: true, preserveTimestamps: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(project, 'node_modules'), 'dir');
});

after(() => rmSync(project, { recursive: true, force: true }));

test('a second start with nothing changed uses the existing build and says what it serves', async () => {
  // The first start builds only if the copy differs from what dist/ was built from.
  await startOnce(async () => {});
  const stamp = stampOf();
  const entry = builtAt('collector/main.js');

  const { seconds } = await startOnce(async ({ output, base }) => {
    assert.match(output, /Using the existing build in dist\//);
    assert.doesNotMatch(output, /building/i);
    for (const line of [`demo      ${base}/demo/`, `kiosk     ${base}/kiosk/`, `staff     ${base}/staff/`]) {
      assert.ok(output.includes(line), `prints "${line}"`);
    }
    assert.ok(output.includes(`endpoint  POST ${base}/api/feedback`));
    assert.ok(
      output.includes(`data      SQLite ${join(dataDir, 'feedback.sqlite')}`),
      'the absolute path of the data file',
    );
    assert.equal((await fetch(`${base}/demo/`)).status, 200);
  });
  assert.equal(stampOf(), stamp, 'the stamp is the same');
  assert.equal(builtAt('collector/main.js'), entry, 'dist/ was not rebuilt');
  console.log(`restart with a current build: listening after ${seconds.toFixed(2)} s`);
});

test('after a source changes, the next start builds again and serves the change', async () => {
  const stamp = stampOf();
  const page = join(project, 'demo/index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('How was your visit?', 'How was your visit today?'));

  await startOnce(async ({ output, base }) => {
    assert.match(output, /The sources changed since the last build: building/);
    assert.match(await (await fetch(`${base}/demo/`)).text(), /How was your visit today\?/);
  });
  assert.notEqual(stampOf(), stamp, 'a new stamp');
});
