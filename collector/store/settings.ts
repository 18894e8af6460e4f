/**
 * Which database the store uses, from the deployment settings (docs/collector.md): SQLite in DATA_DIR by default,
 * PostgreSQL when DATABASE_URL is a postgres:// or postgresql:// address. A wrong value is an error that names the
 * setting and never repeats a password.
 */

/** A setting that stops the collector; `setting` is the environment name an administrator fixes. */
export class StoreSettingError extends Error {
  constructor(
    readonly setting: 'DATABASE_URL' | 'DATA_DIR',
    message: string,
  ) {
    super(message);
    this.name = 'StoreSettingError';
  }
}

const EXAMPLE = 'postgres://user:password@host:5432/database';

/** The PostgreSQL address in DATABASE_URL, or undefined for SQLite (unset or empty). */
export function postgresUrl(value: string | undefined): URL | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new StoreSettingError(
      'DATABASE_URL',
      `DATABASE_URL is not an address: use ${EXAMPLE}, or leave it unset to keep SQLite in DATA_DIR.`,
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new StoreSettingError(
      'DATABASE_URL',
      `DATABASE_URL must start with postgres:// or postgresql:// (it starts with ${url.protocol}//): use ${EXAMPLE}, ` +
        'or leave it unset to keep SQLite in DATA_DIR.',
    );
  }
  if (!url.hostname && !url.searchParams.get('host')) {
    throw new StoreSettingError('DATABASE_URL', `DATABASE_URL names no server: use ${EXAMPLE}.`);
  }
  return url;
}

/** Where the data is, for the start log: server and database, never the user's password. */
export function describePostgres(url: URL): string {
  const host = url.hostname || url.searchParams.get('host') || 'localhost';
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || url.username || 'postgres';
  return `PostgreSQL ${host}${url.port ? `:${url.port}` : ''}/${database}`;
}
