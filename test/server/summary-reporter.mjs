// Writes the browser suite's totals to a JSON file so scripts/test.mjs can print one `N passed, N failed` line.
// A test file that fails to load (an import error, a syntax error) has no tests: it counts as one failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter(outFile) {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, brokenFiles: [] };
      for (const session of sessions) {
        const before = totals.passed + totals.failed + totals.skipped;
        count(session.testResults, totals);
        const ran = totals.passed + totals.failed + totals.skipped - before;
        if (session.errors.length > 0 || (ran === 0 && !session.passed)) {
          totals.failed += 1;
          totals.brokenFiles.push(session.testFile);
        }
      }
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify(totals, null, 2));
    },
  };
}
