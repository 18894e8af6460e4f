/**
 * `npm start` runs this (built to dist/collector/main.js). Settings come from the environment:
 *
 *   PORT             default 8080
 *   HOST             default 127.0.0.1 — this computer only. Another address (e.g. 0.0.0.0 for a waiting-room
 *                    tablet on the practice network) serves the endpoint, demo and kiosk to the network, but staff
 *                    pages and exports stay closed to other computers until STAFF_PASSWORD is set.
 *   DATA_DIR         default ./data — the SQLite file feedback.sqlite lives here
 *   STATIC_DIR       default ./dist — the built demo/ and kiosk/
 *   ALLOWED_ORIGINS  comma-separated practice websites allowed to POST from another origin
 *   STAFF_PASSWORD   protects /staff/ and the exports with HTTP Basic auth (any user name)
 *   MAX_BODY_BYTES   default 65536
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createCollector } from './app.js';
import { startMessage } from './start-message.js';

const env = process.env;

/** A whole number from the environment, or stop with a message that says which setting is wrong. */
function wholeNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
    process.exit(1);
  }
  return value;
}

const port = wholeNumber('PORT', 8080, 0, 65535);
const host = env.HOST || '127.0.0.1';
const dataDir = resolve(env.DATA_DIR || './data');
const staffPassword = env.STAFF_PASSWORD || undefined;
const allowedOrigins = (env.ALLOWED_ORIGINS ?? '')
  .split(',')
  .map((o) => o.trim().replace(/\/$/, ''))
  .filter(Boolean);

mkdirSync(dataDir, { recursive: true });
const collector = createCollector({
  dbPath: join(dataDir, 'feedback.sqlite'),
  staticDir: resolve(env.STATIC_DIR || './dist'),
  allowedOrigins,
  staffPassword,
  maxBodyBytes: wholeNumber('MAX_BODY_BYTES', 64 * 1024, 1024, 10 * 1024 * 1024),
});

collector.server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is already in use: set PORT to another number.`
      : `Cannot start: ${error.message}`,
  );
  process.exit(1);
});

collector.server.listen(port, host, () => {
  const address = collector.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shown = host === '127.0.0.1' || host === '::1' || host === 'localhost' ? 'localhost' : host;
  console.log(startMessage(`http://${shown}:${actualPort}`, join(dataDir, 'feedback.sqlite')));
  if (!staffPassword && shown !== 'localhost') {
    console.log('Staff pages and exports open only on this computer: set STAFF_PASSWORD to use them from elsewhere.');
  }
});

// Finish in-flight requests and close the database cleanly on Ctrl+C or a service stop.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void collector.close().then(() => process.exit(0));
  });
}
