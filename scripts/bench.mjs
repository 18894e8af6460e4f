// `npm run bench`: builds, then prints figures and ratios (no pass/fail: these machines are noisy).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!process.argv.includes('--no-build')) {
  const built = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const size = await import('../test/bench/size.bench.mjs');
const floor = await size.run();
const firstQuestion = await import('../test/bench/first-question.bench.mjs');
await firstQuestion.run(floor);

// Each of these is a script of its own (it launches its own browser and servers).
for (const file of [
  'test/bench/delivery.bench.mjs',
  'test/bench/kiosk-soak.bench.mjs',
  'test/bench/store.bench.mjs',
  'test/bench/ingest.bench.mjs',
  'test/bench/export.bench.mjs',
  'test/bench/transfer.bench.mjs',
]) {
  if (!existsSync(file)) continue;
  console.log(`\n━━ ${file}`);
  const result = spawnSync('node', [file], { stdio: 'inherit' });
  if (result.status !== 0) console.log(`  (${file} exited with ${result.status})`);
}
