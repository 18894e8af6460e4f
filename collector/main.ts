/**
 * `npm start` runs this (built to dist/collector/main.js): read the settings from the environment
 * (collector/settings.ts; docs/collector.md lists them), open the store, listen. A wrong setting stops it with a
 * message naming the setting.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { version } from '../package.json';
import { createCollector, type Collector, type CollectorOptions } from './http/server.js';
import { StoreSettingError } from './store/index.js';
import { FIRST_ACCOUNT_COMMAND } from './accounts/staff-accounts.js';
import { readSettings, SettingsError, type Settings } from './settings.js';
import { startMessage } from './start-message.js';

function settingsOrExit(): Settings {
  try {
    return readSettings(process.env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(`Cannot start: ${error.message}`);
    process.exit(1);
  }
}

const settings = settingsOrExit();

function tlsFiles(files: NonNullable<Settings['tls']>): { cert: Buffer; key: Buffer } {
  const read = (name: string, path: string) => {
    try {
      return readFileSync(path);
    } catch (error) {
      console.error(`Cannot start: ${name} names a file that cannot be read (${(error as Error).message}).`);
      process.exit(1);
    }
  };
  return { cert: read('TLS_CERT', files.certFile), key: read('TLS_KEY', files.keyFile) };
}

if (settings.staffPassword !== undefined) {
  console.warn(
    `STAFF_PASSWORD is set but no longer used (it is ignored): each person signs in with their own account. ` +
      `Create the first with: ${FIRST_ACCOUNT_COMMAND}`,
  );
}

mkdirSync(settings.dataDir, { recursive: true });

/** A database that cannot be reached or opened stops the collector with the setting to fix. */
async function createCollectorOrExit(options: CollectorOptions): Promise<Collector> {
  try {
    return await createCollector(options);
  } catch (error) {
    if (!(error instanceof StoreSettingError)) throw error;
    console.error(`Cannot start: ${error.message}`);
    process.exit(1);
  }
}
const collector = await createCollectorOrExit({
  dataDir: settings.dataDir,
  ...(settings.databaseUrl ? { databaseUrl: settings.databaseUrl } : {}),
  staticDir: settings.staticDir,
  ...(settings.publicUrl ? { publicUrl: settings.publicUrl } : {}),
  allowedHosts: settings.allowedHosts,
  allowedOrigins: settings.allowedOrigins,
  trustProxy: settings.trustProxy,
  httpSignIn: settings.httpSignIn,
  ingestRate: settings.ingestRate,
  maxBodyBytes: settings.maxBodyBytes,
  ...(settings.tls ? { tls: tlsFiles(settings.tls) } : {}),
  ...(settings.webhook ? { webhook: settings.webhook } : {}),
  ...(settings.smtp ? { smtp: settings.smtp } : {}),
  version,
});

collector.server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Cannot start: port ${settings.port} is already in use: set PORT to another number.`
      : `Cannot start: ${error.message}`,
  );
  process.exit(1);
});

const noAccountsYet = (await collector.signIn.accounts.countEnabled()) === 0;

collector.server.listen(settings.port, settings.host, () => {
  const address = collector.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const loopback = ['127.0.0.1', '::1', 'localhost'].includes(settings.host);
  const scheme = settings.tls ? 'https' : 'http';
  const shown = loopback ? 'localhost' : settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  console.log(startMessage(`${scheme}://${shown}:${port}`, collector.store.location));
  if (settings.httpSignIn.length && !settings.tls) {
    console.log(
      `Staff may sign in over plain HTTP (unencrypted) from ${settings.httpSignIn.join(', ')} (ALLOW_HTTP_SIGN_IN).`,
    );
  }
  if (noAccountsYet) {
    console.log(`No staff account yet. Create the first (an admin) with:\n  ${FIRST_ACCOUNT_COMMAND}`);
  }
});

// Finish in-flight requests and close the database cleanly on Ctrl+C or a service stop.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void collector.close().then(() => process.exit(0));
  });
}
