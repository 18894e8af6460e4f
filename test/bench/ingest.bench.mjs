// `npm run bench` (or `node test/bench/ingest.bench.mjs`): submissions stored per second by the built collector
// (dist/collector/main.js: Fastify, host check, CORS, rate limit, security headers, validation, log line) against a
// bare node:http handler doing the same durable SQLite insert (ingest-bare-server.mjs). Both run as their own
// process on a fresh database in the temp folder, are warmed up, then loaded in turn — twice, alternating — by
// autocannon with 8 connections, every request a realistic "what went wrong" submission with its own id.
// Prints both figures and the ratio (the bar: collector ≥ 0.8 × bare). Then, where PostgreSQL's programs are
// installed (or TEST_DATABASE_URL names a server), the same load on a throwaway PostgreSQL: one collector process,
// and two on the same database loaded at once (a group of practices behind a load balancer).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { tsImport } from 'tsx/esm/api';

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

/** A database of its own on TEST_DATABASE_URL, or on a throwaway server started here; undefined without either. */
async function postgresDatabase() {
  const { debianBinaries, throwawayServer } = await tsImport('../collector/postgres-server.ts', import.meta.url);
  const given = process.env.TEST_DATABASE_URL;
  const bin = given ? undefined : debianBinaries();
  if (!given && !bin) return undefined;
  const server = given ? { url: given, stop: async () => undefined } : await throwawayServer(bin);
  const name = `pf_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return { url: url.toString(), stop: server.stop };
}

export async function runPostgres() {
  const database = await postgresDatabase();
  if (!database) {
    console.log('ingest on PostgreSQL: skipped (no PostgreSQL programs and no TEST_DATABASE_URL)');
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'pf-ingest-bench-pg-'));
  const env = (n) => ({ PORT: '0', DATA_DIR: join(dir, `c${n}`), DATABASE_URL: database.url, INGEST_RATE: '1000000' });
  const pattern = /collector on http:\/\/localhost:(\d+)/;
  const first = await start(['dist/collector/main.js'], env(1), pattern);
  let second;
  try {
    second = await start(['dist/collector/main.js'], env(2), pattern);
    await load(first.port, 1);
    await load(second.port, 1);
    const one = await load(first.port, seconds);
    const both = await Promise.all([load(first.port, seconds), load(second.port, seconds)]);
    const two = both[0] + both[1];
    console.log(`ingest on PostgreSQL (synchronous_commit on), ${connections} connections per process:`);
    console.log(`  one collector process   ${one.toFixed(0)} submissions/s`);
    console.log(`  two processes, one db   ${two.toFixed(0)} submissions/s (${(two / one).toFixed(2)}× one)`);
    return { one, two };
  } finally {
    first.child.kill('SIGTERM');
    second?.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await run();
  await runPostgres();
}
