/**
 * The collector's deployment settings, read from the environment once at start (docs/collector.md lists them).
 * Pure: it takes the environment as an object and answers typed settings, or throws a `SettingsError` whose message
 * names the setting that is wrong and what would be right, so an administrator knows what to change.
 */
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { secretKey } from './webhooks/secrets.js';

export interface Settings {
  port: number;
  /** The address to listen on: 127.0.0.1 (this computer only) unless told otherwise. */
  host: string;
  dataDir: string;
  /** The SQLite file, inside dataDir. */
  dbPath: string;
  /** PostgreSQL instead of SQLite (`postgres://…`); absent means SQLite. */
  databaseUrl?: string;
  staticDir: string;
  /** The address staff and patients use (origin only, e.g. `https://feedback.smiledental.example`). */
  publicUrl?: URL;
  /** Extra host names served besides loopback names, IP literals and PUBLIC_URL's host (lower case). */
  allowedHosts: string[];
  /** Practice websites allowed to POST from another origin (`*` for any). */
  allowedOrigins: string[];
  /** Reverse proxies whose X-Forwarded-For is believed: addresses, CIDR ranges or `loopback`. */
  trustProxy: string[];
  /** Networks (addresses, CIDR ranges, `uniquelocal`…) allowed to sign in over plain HTTP; loopback always is. */
  httpSignIn: string[];
  /** Paths of a certificate and its key: serve HTTPS directly. */
  tls?: { certFile: string; keyFile: string };
  /** Submissions per minute per client address. */
  ingestRate: number;
  maxBodyBytes: number;
  staffPassword?: string;
  /** WEBHOOK_URL + WEBHOOK_SECRET: one webhook endpoint provisioned at start ("set by the environment"). */
  webhook?: { url: string; secret: string };
  /** SMTP_URL (+ MAIL_FROM): alerts and digests by e-mail; without it they show in the console and go by webhook. */
  smtp?: { url: string; from: string };
}

export class SettingsError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting} ${message}`);
    this.name = 'SettingsError';
  }
}

type Environment = Record<string, string | undefined>;

/** A value, or undefined when the variable is unset or blank (an empty line in a .env file means "not set"). */
function given(env: Environment, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function list(env: Environment, name: string): string[] {
  return (given(env, name) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function wholeNumber(env: Environment, name: string, fallback: number, min: number, max: number): number {
  const raw = given(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new SettingsError(name, `must be a whole number from ${min} to ${max} (got "${raw}").`);
  }
  return value;
}

/** An http(s) URL with nothing but scheme, host and port (a trailing slash is forgiven). */
function origin(raw: string, name: string, example: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SettingsError(name, `must be an address such as ${example} (got "${raw}").`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SettingsError(name, `must start with https:// or http:// (got "${raw}").`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new SettingsError(name, `must be only scheme, host and port, such as ${example} (got "${raw}").`);
  }
  return url;
}

const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$/;

function hostNames(env: Environment, name: string): string[] {
  return list(env, name).map((raw) => {
    const host = raw.toLowerCase();
    if (!HOST_NAME.test(host)) {
      throw new SettingsError(
        name,
        `must be host names without scheme or port, such as feedback.local (got "${raw}").`,
      );
    }
    return host.replace(/\.$/, '');
  });
}

function origins(env: Environment, name: string): string[] {
  return list(env, name).map((raw) =>
    raw === '*' ? raw : origin(raw.replace(/\/$/, ''), name, 'https://smiledental.example').origin,
  );
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function proxies(
  env: Environment,
  name: string,
  what = 'addresses of reverse proxies (e.g. 127.0.0.1, 10.0.0.0/8 or loopback)',
): string[] {
  return list(env, name).map((raw) => {
    const [address, bits, extra] = raw.split('/');
    const family = isIP(address ?? '');
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (PROXY_NAMES.includes(raw) || (family && bitsOk && extra === undefined)) return raw;
    throw new SettingsError(name, `must be ${what}, comma-separated (got "${raw}").`);
  });
}

function databaseUrl(env: Environment): string | undefined {
  const raw = given(env, 'DATABASE_URL');
  if (raw !== undefined && !/^postgres(ql)?:\/\/./.test(raw)) {
    throw new SettingsError(
      'DATABASE_URL',
      'must start with postgres:// or postgresql:// (leave it unset for SQLite).',
    );
  }
  return raw;
}

function tls(env: Environment, cwd: string): Settings['tls'] {
  const certFile = given(env, 'TLS_CERT');
  const keyFile = given(env, 'TLS_KEY');
  if (!certFile && !keyFile) return undefined;
  if (!certFile) throw new SettingsError('TLS_CERT', 'must be set with TLS_KEY (the certificate file of that key).');
  if (!keyFile)
    throw new SettingsError('TLS_KEY', 'must be set with TLS_CERT (the private key file of that certificate).');
  return { certFile: resolve(cwd, certFile), keyFile: resolve(cwd, keyFile) };
}

function webhook(env: Environment): Settings['webhook'] {
  const url = given(env, 'WEBHOOK_URL');
  const secret = given(env, 'WEBHOOK_SECRET');
  if (!url && !secret) return undefined;
  if (!url) throw new SettingsError('WEBHOOK_URL', 'must be set with WEBHOOK_SECRET (the address the webhooks go to).');
  if (!secret) {
    throw new SettingsError(
      'WEBHOOK_SECRET',
      'must be set with WEBHOOK_URL (whsec_ and base64, as the receiver holds it).',
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SettingsError(
      'WEBHOOK_URL',
      `must be an address such as https://pms.smiledental.example/hooks (got "${url}").`,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new SettingsError('WEBHOOK_URL', `must start with https:// or http:// (got "${url}").`);
  }
  if (parsed.username || parsed.password) {
    throw new SettingsError('WEBHOOK_URL', 'must not hold a user name or password (the signature proves the sender).');
  }
  const key = secretKey(secret);
  // The secret itself is never repeated in the message: it would land in a log.
  if (!key.ok) throw new SettingsError('WEBHOOK_SECRET', `${key.reason}, as a Standard Webhooks secret (whsec_…).`);
  return { url: parsed.toString(), secret };
}

function smtp(env: Environment, publicUrl: URL | undefined): Settings['smtp'] {
  const url = given(env, 'SMTP_URL');
  const from = given(env, 'MAIL_FROM');
  if (!url) {
    if (from) throw new SettingsError('MAIL_FROM', 'is set without SMTP_URL (the mail server that sends it).');
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SettingsError(
      'SMTP_URL',
      'is not an address (e.g. smtps://alerts%40smiledental.example:password@smtp.example.com).',
    );
  }
  if ((parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') || !parsed.hostname) {
    throw new SettingsError(
      'SMTP_URL',
      `must start with smtp:// or smtps:// and name the mail server (got "${parsed.protocol}//${parsed.host}").`,
    );
  }
  if (from !== undefined && !/^[^<>]*<?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(from)) {
    throw new SettingsError(
      'MAIL_FROM',
      `is not an e-mail address (e.g. "Smile Dental feedback <feedback@smiledental.example>"; got "${from}").`,
    );
  }
  return { url, from: from ?? `Patient feedback <feedback@${publicUrl?.hostname ?? 'localhost'}>` };
}

/** The settings from an environment (`process.env` in main.ts); throws SettingsError on the first wrong value. */
export function readSettings(env: Environment, cwd = process.cwd()): Settings {
  const dataDir = resolve(cwd, given(env, 'DATA_DIR') ?? './data');
  const publicUrlText = given(env, 'PUBLIC_URL');
  // Not trimmed: spaces may be part of a password.
  const staffPassword = env.STAFF_PASSWORD || undefined;
  const dbUrl = databaseUrl(env);
  const tlsFiles = tls(env, cwd);
  const webhookSettings = webhook(env);
  const publicUrl = publicUrlText
    ? origin(publicUrlText, 'PUBLIC_URL', 'https://feedback.smiledental.example')
    : undefined;
  const mail = smtp(env, publicUrl);
  return {
    port: wholeNumber(env, 'PORT', 8080, 0, 65535),
    host: given(env, 'HOST') ?? '127.0.0.1',
    dataDir,
    dbPath: join(dataDir, 'feedback.sqlite'),
    ...(dbUrl ? { databaseUrl: dbUrl } : {}),
    staticDir: resolve(cwd, given(env, 'STATIC_DIR') ?? './dist'),
    ...(publicUrl ? { publicUrl } : {}),
    allowedHosts: hostNames(env, 'ALLOWED_HOSTS'),
    allowedOrigins: origins(env, 'ALLOWED_ORIGINS'),
    trustProxy: proxies(env, 'TRUST_PROXY'),
    httpSignIn: proxies(
      env,
      'ALLOW_HTTP_SIGN_IN',
      'the practice network allowed to sign in over plain HTTP (e.g. 192.168.1.0/24)',
    ),
    ...(tlsFiles ? { tls: tlsFiles } : {}),
    ingestRate: wholeNumber(env, 'INGEST_RATE', 120, 1, 1_000_000),
    maxBodyBytes: wholeNumber(env, 'MAX_BODY_BYTES', 64 * 1024, 1024, 10 * 1024 * 1024),
    ...(staffPassword ? { staffPassword } : {}),
    ...(webhookSettings ? { webhook: webhookSettings } : {}),
    ...(mail ? { smtp: mail } : {}),
  };
}
