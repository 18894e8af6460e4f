// `npm run bench` (or `node test/bench/ingest.bench.mjs`): submissions stored per second by the built collector
// (dist/collector/main.js: Fastify, host check, CORS, rate limit, security headers, validation, log line) against a
// bare node:http handler doing the same durable SQLite insert (ingest-bare-server.mjs). Both run as their own
// process on a fresh database in the temp folder, are warmed up, then loaded in turn — twice, alternating — by
// autocannon with 8 connections, every request a realistic "what went wrong" submission with its own id.
// Prints both figures and the ratio (the bar: collector ≥ 0.8 × bare).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = 8;

function submission() {
  const id = randomUUID();
  return JSON.stringify({
    id,
    kind: 'what-went-wrong',
    survey: { id: 'what-went-wrong', version: '1' },
    submittedAt: '2026-11-22T10:20:00.000Z',
    lang: 'en',
    channel: 'embed',
    practice: 'Smile Dental',
    location: 'front-desk-tablet',
    reference: 'RC-7KQ2-9F',
    answers: {
      categories: ['wait-time', 'communication'],
      details: 'I waited 50 minutes past my appointment and nobody at the desk told me why. '.repeat(4),
      remedy: 'An apology, and a call or a text next time there is a delay.',
      contact: { method: 'phone', value: '555-0142', consent: true, bestTime: 'mornings' },
    },
  });
}

/** Starts a server process and resolves with its port once it prints the line `pattern` matches. */
function start(args, env, pattern) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    const watch = (chunk) => {
      seen += chunk;
      const match = pattern.exec(seen);
      if (!match) return;
      // From here on its log lines are only drained, so reading them costs the load generator nothing.
      child.stdout.off('data', watch);
      child.stdout.resume();
      resolve({ child, port: Number(match[1]) });
    };
    child.stdout.on('data', watch);
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

async function load(port, duration) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/feedback`,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const body = submission();
          const id = JSON.parse(body).id;
          return { ...request, body, headers: { 'content-type': 'application/json', 'idempotency-key': id } };
        },
      },
    ],
  });
  const ok = result['2xx'];
  if (result.non2xx || result.errors)
    throw new Error(`port ${port}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return ok / result.duration;
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'pf-ingest-bench-'));
  const bare = await start(['test/bench/ingest-bare-server.mjs', join(dir, 'bare.sqlite')], {}, /listening (\d+)/);
  const collector = await start(
    ['dist/collector/main.js'],
    // The limit is on (it is checked for every request) but far above what this load sends from one address.
    { PORT: '0', DATA_DIR: join(dir, 'collector'), INGEST_RATE: '1000000' },
    /collector on http:\/\/localhost:(\d+)/,
  );
  try {
    await load(bare.port, 1);
    await load(collector.port, 1);
    const rates = { bare: [], collector: [] };
    for (let round = 0; round < 2; round++) {
      rates.bare.push(await load(bare.port, seconds / 2));
      rates.collector.push(await load(collector.port, seconds / 2));
    }
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const bareRate = mean(rates.bare);
    const collectorRate = mean(rates.collector);
    console.log(`ingest, ${connections} connections, durable SQLite insert (WAL, synchronous=FULL):`);
    console.log(`  bare node:http handler  ${bareRate.toFixed(0)} submissions/s`);
    console.log(`  collector (Fastify)     ${collectorRate.toFixed(0)} submissions/s`);
    console.log(`  ratio                   ${(collectorRate / bareRate).toFixed(2)}× (bar: ≥ 0.8×)`);
    return { bare: bareRate, collector: collectorRate };
  } finally {
    bare.child.kill('SIGTERM');
    collector.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
