/**
 * The environment → the collector's settings: defaults for a fresh install, and a wrong value stops the collector
 * with a message that names the setting (read by an administrator, not a developer).
 */
import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from '../../collector/settings.js';

const cwd = '/srv/feedback';

function refusal(env: Record<string, string>): SettingsError {
  try {
    readSettings(env, cwd);
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('collector settings', () => {
  it('reads SMTP_URL (and MAIL_FROM); a wrong one stops the collector naming it', () => {
    expect(readSettings({ SMTP_URL: 'smtps://a%40b.example:pw@smtp.example.com' }, cwd).smtp).toEqual({
      url: 'smtps://a%40b.example:pw@smtp.example.com',
      from: 'Patient feedback <feedback@localhost>',
    });
    expect(
      readSettings({ SMTP_URL: 'smtp://mail.example', PUBLIC_URL: 'https://feedback.smiledental.example' }, cwd).smtp
        ?.from,
    ).toBe('Patient feedback <feedback@feedback.smiledental.example>');
    expect(refusal({ SMTP_URL: 'https://mail.example' }).message).toMatch(/^SMTP_URL must start with smtp:\/\//);
    expect(refusal({ MAIL_FROM: 'a@b.example' }).setting).toBe('MAIL_FROM');
    expect(refusal({ SMTP_URL: 'smtp://mail.example', MAIL_FROM: 'nobody' }).setting).toBe('MAIL_FROM');
  });

  it('reads WEBHOOK_URL + WEBHOOK_SECRET together, and a wrong one stops the collector naming it', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    expect(readSettings({ WEBHOOK_URL: 'https://pms.example/hooks', WEBHOOK_SECRET: secret }, cwd).webhook).toEqual({
      url: 'https://pms.example/hooks',
      secret,
    });
    expect(refusal({ WEBHOOK_URL: 'https://pms.example/hooks' }).setting).toBe('WEBHOOK_SECRET');
    expect(refusal({ WEBHOOK_SECRET: secret }).setting).toBe('WEBHOOK_URL');
    expect(refusal({ WEBHOOK_URL: 'pms.example', WEBHOOK_SECRET: secret }).setting).toBe('WEBHOOK_URL');
    const wrong = refusal({ WEBHOOK_URL: 'https://pms.example/', WEBHOOK_SECRET: 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
    expect(wrong.message).toBe('WEBHOOK_SECRET must start with whsec_, as a Standard Webhooks secret (whsec_…).');
    expect(refusal({ WEBHOOK_URL: 'https://pms.example/', WEBHOOK_SECRET: 'whsec_c2hvcnQ=' }).message).toMatch(
      /^WEBHOOK_SECRET must hold 24 to 64 bytes/,
    );
  });

  it('has defaults for a fresh install on this computer', () => {
    const settings = readSettings({}, cwd);
    expect(settings).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/srv/feedback/data',
      dbPath: '/srv/feedback/data/feedback.sqlite',
      staticDir: '/srv/feedback/dist',
      allowedHosts: [],
      allowedOrigins: [],
      trustProxy: [],
      httpSignIn: [],
      ingestRate: 120,
      maxBodyBytes: 65536,
    });
  });

  it('reads every deployment setting', () => {
    const settings = readSettings(
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/feedback',
        DATABASE_URL: 'postgres://feedback@db/feedback',
        STATIC_DIR: 'build',
        PUBLIC_URL: 'https://Feedback.SmileDental.example/',
        ALLOWED_HOSTS: 'feedback.local, Tablet-Gateway.lan',
        ALLOWED_ORIGINS: 'https://smiledental.example/, http://localhost:3000',
        TRUST_PROXY: '127.0.0.1, 10.0.0.0/8, loopback',
        ALLOW_HTTP_SIGN_IN: '192.168.1.0/24, uniquelocal',
        TLS_CERT: 'tls/cert.pem',
        TLS_KEY: '/etc/tls/key.pem',
        INGEST_RATE: '30',
        MAX_BODY_BYTES: '131072',
        STAFF_PASSWORD: ' spaces count ',
      },
      cwd,
    );
    expect(settings).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dbPath: '/var/lib/feedback/feedback.sqlite',
      databaseUrl: 'postgres://feedback@db/feedback',
      staticDir: '/srv/feedback/build',
      allowedHosts: ['feedback.local', 'tablet-gateway.lan'],
      allowedOrigins: ['https://smiledental.example', 'http://localhost:3000'],
      trustProxy: ['127.0.0.1', '10.0.0.0/8', 'loopback'],
      httpSignIn: ['192.168.1.0/24', 'uniquelocal'],
      tls: { certFile: '/srv/feedback/tls/cert.pem', keyFile: '/etc/tls/key.pem' },
      ingestRate: 30,
      maxBodyBytes: 131072,
      staffPassword: ' spaces count ',
    });
    expect(settings.publicUrl?.origin).toBe('https://feedback.smiledental.example');
    expect(settings.publicUrl?.hostname).toBe('feedback.smiledental.example');
  });

  it('treats an empty value as not set', () => {
    expect(readSettings({ PORT: '', INGEST_RATE: ' ', PUBLIC_URL: '' }, cwd)).toMatchObject({
      port: 8080,
      ingestRate: 120,
    });
  });

  it('names the wrong setting and says what would be right', () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ PORT: '80a' }, 'PORT', /whole number from 0 to 65535 \(got "80a"\)/],
      [{ PORT: '70000' }, 'PORT', /0 to 65535/],
      [{ INGEST_RATE: '0' }, 'INGEST_RATE', /whole number from 1/],
      [{ INGEST_RATE: '2.5' }, 'INGEST_RATE', /whole number/],
      [{ MAX_BODY_BYTES: '10' }, 'MAX_BODY_BYTES', /1024 to 10485760/],
      [{ PUBLIC_URL: 'feedback.smiledental.example' }, 'PUBLIC_URL', /such as https:\/\//],
      [{ PUBLIC_URL: 'ftp://feedback.example' }, 'PUBLIC_URL', /https:\/\/ or http:\/\//],
      [{ PUBLIC_URL: 'https://feedback.example/staff' }, 'PUBLIC_URL', /only scheme, host and port/],
      [{ ALLOWED_HOSTS: 'https://feedback.local' }, 'ALLOWED_HOSTS', /without scheme or port/],
      [{ ALLOWED_HOSTS: 'feedback.local:8080' }, 'ALLOWED_HOSTS', /without scheme or port/],
      [{ ALLOWED_ORIGINS: 'smiledental.example' }, 'ALLOWED_ORIGINS', /got "smiledental.example"/],
      [{ TRUST_PROXY: 'my-proxy' }, 'TRUST_PROXY', /addresses of reverse proxies/],
      [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY', /addresses of reverse proxies/],
      [{ DATABASE_URL: 'mysql://db/feedback' }, 'DATABASE_URL', /postgres:\/\//],
      [{ TLS_CERT: 'cert.pem' }, 'TLS_KEY', /must be set with TLS_CERT/],
      [{ TLS_KEY: 'key.pem' }, 'TLS_CERT', /must be set with TLS_KEY/],
    ];
    for (const [env, setting, message] of cases) {
      const error = refusal(env);
      expect(error.setting, JSON.stringify(env)).toBe(setting);
      expect(error.message.startsWith(`${setting} `)).toBe(true);
      expect(error.message).toMatch(message);
    }
  });
});
