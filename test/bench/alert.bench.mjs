// `npm run bench -- alert` (or `node test/bench/alert.bench.mjs [count]`): the time from a patient's what-went-wrong
// form to the alert e-mail at the practice's mail server (the goal: the practice knows within a minute). The
// built collector (dist/collector/main.js) runs as its own process on a fresh SQLite database with SMTP_URL pointing
// at an smtp-server here; an admin account and token are made with `npm run staff`, and a new-case rule is added
// through the staff API. Forms are sent one after another; each is timed from the start of its POST to the arrival of
// its e-mail (matched by the reference it names).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBuiltCollector } from './built-collector.mjs';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const count = Number(process.argv[2] ?? 50);
const ADMIN = 'bench@smiledental.example';

const reference = (i) => `RC-${String(1000 + i).padStart(4, '0')}-9F`;
function form(i) {
  return {
    id: randomUUID(),
    kind: 'what-went-wrong',
    survey: { id: 'what-went-wrong', version: '1' },
    submittedAt: new Date().toISOString(),
    lang: 'en',
    channel: 'embed',
    practice: 'Smile Dental',
    reference: reference(i),
    answers: {
      categories: ['wait-time'],
      details: 'I waited 50 minutes and nobody told me why.',
      contact: { method: 'none', value: '', consent: false, bestTime: '' },
    },
  };
}

/** The mail server: tells whoever waits for a reference when its e-mail arrives. */
async function startMailServer() {
  const waiting = new Map();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        const ref = /reference (RC-[\w-]+)/.exec(mail.text ?? '')?.[1];
        waiting.get(ref)?.(performance.now());
        callback();
      }, callback);
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    arrival: (ref) => new Promise((resolve) => waiting.set(ref, resolve)),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function staff(env, args, input) {
  const result = spawnSync('npx', ['tsx', 'collector/cli/staff.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    input,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm run staff -- ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim().split('\n').at(-1);
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'pf-alert-bench-'));
  const dataEnv = { DATA_DIR: join(dir, 'data') };
  staff(dataEnv, ['add', ADMIN, '--role', 'admin'], 'a long bench passphrase 42\n');
  const token = staff(dataEnv, ['token', 'alert-bench', '--role', 'admin']);
  const mail = await startMailServer();
  const collector = await startBuiltCollector({ ...dataEnv, PORT: '0', INGEST_RATE: '1000000', SMTP_URL: mail.url });
  const base = `http://127.0.0.1:${collector.port}`;
  try {
    const rule = await fetch(`${base}/api/staff/alert-rules`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'Unhappy patient', kind: 'new-case', emailTo: [ADMIN] }),
    });
    if (rule.status !== 201) throw new Error(`The rule was refused: ${rule.status} ${await rule.text()}`);
    const times = [];
    for (let i = 0; i < count; i += 1) {
      const body = form(i);
      const arrived = mail.arrival(body.reference);
      const started = performance.now();
      const res = await fetch(`${base}/api/feedback`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.id },
        body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`The collector answered ${res.status}`);
      const at = await Promise.race([arrived, new Promise((r) => setTimeout(() => r(undefined), 60_000))]);
      if (at === undefined) throw new Error(`No alert e-mail within 60 s for form ${i + 1}.`);
      times.push(at - started);
    }
    times.sort((a, b) => a - b);
    const ms = (v) => `${v.toFixed(1)} ms`;
    console.log(
      `alert: a what-went-wrong form → its alert e-mail at the mail server, ${count} forms one after another`,
    );
    console.log(`  median ${ms(quantile(times, 0.5))} · p95 ${ms(quantile(times, 0.95))} · max ${ms(times.at(-1))}`);
  } finally {
    collector.child.kill('SIGTERM');
    await mail.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
