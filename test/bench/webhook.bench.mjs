// `npm run bench -- webhook` (or `node test/bench/webhook.bench.mjs [count]`): the time from a patient's submission
// to its webhook at the practice's receiver (the goal: under 2 s). The built collector (dist/collector/main.js) runs
// as its own process on a fresh SQLite database with WEBHOOK_URL + WEBHOOK_SECRET pointing at a node:http receiver
// here, which verifies each delivery with the standardwebhooks package. Submissions are sent one after another (a
// practice's pace, not a flood); each is timed from the start of its POST to the arrival of its `submission.created`.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuiltCollector } from './built-collector.mjs';
import { Webhook } from 'standardwebhooks';

const count = Number(process.argv[2] ?? 200);
const secret = `whsec_${randomBytes(32).toString('base64')}`;

function submission() {
  return {
    id: randomUUID(),
    kind: 'first-impression',
    survey: { id: 'first-impression', version: '1' },
    submittedAt: new Date().toISOString(),
    lang: 'en',
    channel: 'kiosk',
    practice: 'Smile Dental',
    location: 'front-desk-tablet',
    answers: { overall: 'good', greeting: 'very-good', comments: 'Friendly front desk.' },
  };
}

/** The receiver: verifies, answers 204, and tells whoever waits for a submission's webhook. */
async function startReceiver() {
  const hook = new Webhook(secret);
  const waiting = new Map();
  let refused = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      try {
        const event = hook.verify(body, req.headers);
        waiting.get(event.data.submissionId)?.(performance.now());
        res.writeHead(204).end();
      } catch {
        refused += 1;
        res.writeHead(401).end();
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hooks`,
    arrival: (id) => new Promise((resolve) => waiting.set(id, resolve)),
    refused: () => refused,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'pf-webhook-bench-'));
  const receiver = await startReceiver();
  const collector = await startBuiltCollector({
    PORT: '0',
    DATA_DIR: join(dir, 'data'),
    INGEST_RATE: '1000000',
    WEBHOOK_URL: receiver.url,
    WEBHOOK_SECRET: secret,
  });
  try {
    const times = [];
    for (let i = 0; i < count; i += 1) {
      const body = submission();
      const arrived = receiver.arrival(body.id);
      const started = performance.now();
      const res = await fetch(`http://127.0.0.1:${collector.port}/api/feedback`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.id },
        body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`The collector answered ${res.status}`);
      const at = await Promise.race([arrived, new Promise((r) => setTimeout(() => r(undefined), 30_000))]);
      if (at === undefined) throw new Error(`No webhook within 30 s for submission ${i + 1}.`);
      times.push(at - started);
    }
    times.sort((a, b) => a - b);
    const ms = (v) => `${v.toFixed(1)} ms`;
    console.log(
      `webhook: submission → its webhook at the receiver, ${count} submissions one after another (goal < 2 s)`,
    );
    console.log(
      `  median ${ms(quantile(times, 0.5))} · p95 ${ms(quantile(times, 0.95))} · max ${ms(times[times.length - 1])}` +
        ` · every delivery verified (${receiver.refused()} refused)`,
    );
  } finally {
    collector.child.kill('SIGTERM');
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
