// `npm test`: every suite, then one line `N passed, N failed`; exits non-zero on any failure.
//   1. typecheck (tsc, strict)               — counted as one check
//   2. lint (eslint + prettier --check)       — counted as one check
//   3. unit + collector (vitest, Node)
//   4. build (the e2e tests use dist/)        — counted as one check
//   5. browser (web-test-runner, Chromium: elements, delivery, kiosk)
//   6. e2e (node --test test/e2e: built kiosk offline, npm start smoke, a practice's survey end to end)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const totals = { passed: 0, failed: 0 };
const failures = [];

function run(label, command, args) {
  console.log(`\n━━ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function check(label, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(label);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

check('typecheck', run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']));
check('lint', run('lint', 'npm', ['run', 'lint', '--silent']));

const vitestOk = run('unit and collector', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${results}/vitest.json`,
]);
const vitest = readJson(`${results}/vitest.json`);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  // A test file that failed to load has no tests but a failed status.
  const broken = vitest.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
  totals.failed += broken.length;
  if (!vitestOk || vitest.numFailedTests || broken.length) failures.push('unit and collector');
} else check('unit and collector (no report)', false);

check('build', run('build', 'npm', ['run', 'build', '--silent']));

const browserOk = run('browser', 'npx', ['web-test-runner']);
const browser = readJson(`${results}/browser.json`);
if (browser) {
  totals.passed += browser.passed;
  totals.failed += browser.failed;
  if (!browserOk || browser.failed)
    failures.push(`browser${browser.brokenFiles.length ? ` (broken: ${browser.brokenFiles.join(', ')})` : ''}`);
} else check('browser (no report)', false);

const e2eFiles = existsSync('test/e2e') ? readdirSync('test/e2e').filter((f) => f.endsWith('.test.mjs')) : [];
if (e2eFiles.length) {
  console.log(`\n━━ e2e: node --test ${e2eFiles.join(' ')}`);
  const e2e = spawnSync('node', ['--test', '--test-reporter=spec', ...e2eFiles.map((f) => `test/e2e/${f}`)], {
    env,
    encoding: 'utf8',
  });
  process.stdout.write(e2e.stdout);
  process.stderr.write(e2e.stderr);
  const pass = Number(/ℹ pass (\d+)/.exec(e2e.stdout)?.[1] ?? 0);
  const fail = Number(/ℹ fail (\d+)/.exec(e2e.stdout)?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail || (e2e.status === 0 ? 0 : 1);
  if (e2e.status !== 0) failures.push('e2e');
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || failures.length > 0 ? 1 : 0);
