// `npm run bench`: builds, then prints figures and ratios (no pass/fail: these machines are noisy).
// `npm run bench -- embed layout delivery` runs only those parts (names below); `--no-build` uses dist/ as it is.
//   embed     bundle sizes (bytes before the first question, the whole bundle) and the first-question render ratio
//   layout    the demo page's cumulative layout shift
//   delivery, kiosk-soak, store, ingest, export, transfer, patient-search, inbox, results, webhook, alert   the scripts in
//   test/bench/ of those names; export also runs export-postgres (1,000,000 submissions streamed from a throwaway
//   PostgreSQL); ask for export-postgres alone to run only that. results: the results query at 10,000,000
//   submissions. webhook: the time from a submission to its webhook at a receiver; alert: from a what-went-wrong form to
//   its alert e-mail at a mail server
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const scripts = [
  'delivery',
  'kiosk-soak',
  'store',
  'ingest',
  'export',
  'export-postgres',
  'transfer',
  'patient-search',
  'inbox',
  'results',
  'webhook',
  'alert',
];
/** Parts run with another when that one is asked for. */
const partOf = { 'export-postgres': 'export' };
const known = ['embed', 'layout', ...scripts];
const asked = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const unknown = asked.filter((a) => !known.includes(a));
if (unknown.length) {
  console.error(`npm run bench -- [${known.join(' | ')}]… (unknown: ${unknown.join(', ')})`);
  process.exit(2);
}
const wants = (name) => !asked.length || asked.includes(name) || asked.includes(partOf[name]);

if (!process.argv.includes('--no-build')) {
  const built = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

if (wants('embed')) {
  const size = await import('../test/bench/size.bench.mjs');
  const floor = await size.run();
  const firstQuestion = await import('../test/bench/first-question.bench.mjs');
  await firstQuestion.run(floor);
}
if (wants('layout')) {
  const layout = await import('../test/bench/layout-shift.bench.mjs');
  await layout.run();
}

// Each of these is a script of its own (it launches its own browser and servers).
for (const file of scripts.filter(wants).map((name) => `test/bench/${name}.bench.mjs`)) {
  if (!existsSync(file)) continue;
  console.log(`\n━━ ${file}`);
  const result = spawnSync('node', [file], { stdio: 'inherit' });
  if (result.status !== 0) console.log(`  (${file} exited with ${result.status})`);
}
